/**
 * Pure translation between formats: the codec registry ({@link dev.switchboard.translate.Translators})
 * and the shared JSON mapper. Never imports Vert.x or does I/O (an ArchUnit rule keeps it so).
 */
package dev.switchboard.translate;
