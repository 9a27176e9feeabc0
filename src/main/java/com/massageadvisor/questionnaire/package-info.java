/**
 * The questionnaire a client fills in: the start page, the form, its validation and its
 * submit.
 */
@NullMarked
package com.massageadvisor.questionnaire;

import org.jspecify.annotations.NullMarked;
