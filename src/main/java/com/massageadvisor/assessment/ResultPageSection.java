package com.massageadvisor.assessment;

import java.util.Locale;

import org.springframework.ui.Model;

/**
 * A part of a client's result page that another module provides, such as the follow-up
 * check-ins: the result page asks every such bean to add its model attributes, and its
 * template shows what they hold. This keeps the dependency one way: the other module
 * knows the assessment, the assessment does not know it.
 */
public interface ResultPageSection {

	/**
	 * Adds this section's attributes to the result page's model.
	 * @param assessment the assessment shown
	 * @param locale the reader's language
	 * @param model the page's model
	 */
	void addTo(Assessment assessment, Locale locale, Model model);

}
