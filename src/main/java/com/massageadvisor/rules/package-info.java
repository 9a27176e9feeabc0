/**
 * The guideline engine: plain Java that turns a client's
 * {@link com.massageadvisor.rules.Answers} into a sourced
 * {@link com.massageadvisor.rules.Recommendation}.
 *
 * <p>
 * Nothing here knows about Spring, JPA, HTTP or files (an architecture test enforces it).
 * The rules are static tables, evaluated by {@link com.massageadvisor.rules.RulesEngine};
 * every item they produce names the {@link com.massageadvisor.rules.Guideline} rows and
 * hence the {@link com.massageadvisor.rules.Source}s behind it, and carries message keys
 * rather than sentences so that the web layer can render it in any language.
 */
@NullMarked
package com.massageadvisor.rules;

import org.jspecify.annotations.NullMarked;
