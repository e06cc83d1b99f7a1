/**
 * The second real report in the examples, from another organisation than the ILO: the WHO Executive
 * Board paper EB138/5, "Overview of reform implementation" (Report by the Secretariat, 138th
 * session, 15 January 2016), built with the model's builders in {@link
 * org.reformkit.examples.who.WhoReform2016}.
 */
package org.reformkit.examples.who;
