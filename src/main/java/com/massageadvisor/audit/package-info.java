/**
 * The audit trail: what staff did to assessments (review changes, exports, deletions) and
 * when.
 */
@NullMarked
package com.massageadvisor.audit;

import org.jspecify.annotations.NullMarked;
