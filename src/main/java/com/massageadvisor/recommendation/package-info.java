/**
 * Recommendations: the engine as a Spring bean, the resolution of its message keys into
 * text, and the stateless JSON API {@code POST /api/v1/recommendations}.
 */
@NullMarked
package com.massageadvisor.recommendation;

import org.jspecify.annotations.NullMarked;
