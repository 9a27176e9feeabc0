/**
 * The staff review area: the list of saved assessments with search and filters, the
 * detail with the review, the CSV export and the deletion.
 */
@NullMarked
package com.massageadvisor.review;

import org.jspecify.annotations.NullMarked;
