/**
 * The plan to take home: a page made for paper, the same page as a PDF, and the proposed
 * sessions as an iCalendar file.
 */
@NullMarked
package com.massageadvisor.sheet;

import org.jspecify.annotations.NullMarked;
