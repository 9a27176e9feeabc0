/**
 * Stored assessments: a client's answers and the plan exactly as it was shown to them,
 * and the result page that shows it again by its public id.
 */
@NullMarked
package com.massageadvisor.assessment;

import org.jspecify.annotations.NullMarked;
