/**
 * Follow-up check-ins: what a client reports some time into the plan, the next step the
 * rules give for it ({@link com.massageadvisor.rules.FollowUpRules}), and the plan from
 * then on. Check-ins are stored append-only with the step and the plan they produced, and
 * belong to their assessment through its public id; the assessment itself never changes.
 * The client's form and the history chart live here too.
 */
@NullMarked
package com.massageadvisor.checkin;

import org.jspecify.annotations.NullMarked;
