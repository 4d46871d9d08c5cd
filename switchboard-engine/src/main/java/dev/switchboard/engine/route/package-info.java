/**
 * Model routing as data: the route table built from the config maps a requested model name
 * (prefix, alias, mapping, excluded globs, passthrough, priority, fallbacks, the request's
 * {@code models} array) to an ordered {@link dev.switchboard.engine.route.RoutePlan}. Pure: no I/O.
 */
package dev.switchboard.engine.route;
