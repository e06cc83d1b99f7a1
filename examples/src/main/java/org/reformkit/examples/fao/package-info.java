/**
 * A report of a third organisation, the FAO, that states what an oversight body recommended: the
 * Conference paper C 2013/26/ES, the executive summary of the final management report on the
 * Immediate Plan of Action (IPA), with the count of the Independent External Evaluation's
 * recommendations, built with the model's builders in {@link
 * org.reformkit.examples.fao.FaoReform2013}.
 */
package org.reformkit.examples.fao;
