/**
 * Cross-cutting web infrastructure shared by the features: request limits and error
 * pages.
 */
@NullMarked
package com.massageadvisor.system;

import org.jspecify.annotations.NullMarked;
