/**
 * The stateless JSON API {@code POST /api/v1/recommendations}: the request, its strict
 * binding, the response and the problem details for bad input.
 */
@NullMarked
package com.massageadvisor.api;

import org.jspecify.annotations.NullMarked;
