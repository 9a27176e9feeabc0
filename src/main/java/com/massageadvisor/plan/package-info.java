/**
 * The plan as people read it: the engine as a Spring bean, the resolution of its message
 * keys into text in the reader's language, and the presentation of a stored plan (its
 * summary sentence and its 12-week timeline) for the result page, the sheet and the staff
 * pages.
 */
@NullMarked
package com.massageadvisor.plan;

import org.jspecify.annotations.NullMarked;
