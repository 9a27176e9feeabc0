/**
 * Demo and benchmark data: with the Spring profile {@code demo-data}, fills the database
 * with realistic assessments at start (see docs/performance.md). Inactive otherwise.
 */
@NullMarked
package com.massageadvisor.demo;

import org.jspecify.annotations.NullMarked;
