/**
 * A reform report of a public service outside the UN system that states its risks: the Australian
 * Public Service's "Australian Public Service Reform: Annual progress report 2023", with the risk
 * its Section Four describes and the mitigation it gives, built with the model's builders in {@link
 * org.reformkit.examples.aps.ApsReform2023}.
 */
package org.reformkit.examples.aps;
