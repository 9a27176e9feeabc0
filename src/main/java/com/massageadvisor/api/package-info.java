/**
 * The stateless JSON API {@code POST /api/v1/recommendations} and
 * {@code POST /api/v1/recommendations/next}: the requests, their strict binding, the
 * responses and the problem details for bad input.
 */
@NullMarked
package com.massageadvisor.api;

import org.jspecify.annotations.NullMarked;
