/**
 * Keeping the data safe and tidy: the online backup of the embedded database and the
 * optional deletion of old assessments.
 */
@NullMarked
package com.massageadvisor.maintenance;

import org.jspecify.annotations.NullMarked;
