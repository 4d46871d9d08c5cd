package dev.switchboard.engine.credential;

/**
 * Decides which candidates may take an attempt (cooldowns, upstream rpm/rpd, quota), and is told
 * when one is taken. The pool asks it before choosing; the attempt loop reports outcomes to the
 * implementation separately.
 */
public interface CredentialGate {

  /** Admits everything and counts nothing (tests, tools). */
  CredentialGate OPEN = new CredentialGate() {
    @Override
    public Admission admission(Candidate candidate) {
      return Admission.OPEN;
    }

    @Override
    public void acquire(Candidate candidate) {
      // nothing is tracked
    }
  };

  Admission admission(Candidate candidate);

  /** The candidate was chosen for an attempt: count it against its limits (and take a half-open probe). */
  void acquire(Candidate candidate);
}
