/**
 * The HTML dashboard of a progress report: {@link
 * org.reformkit.examples.dashboard.DashboardRenderer} renders one self-contained page with a
 * timeline, indicator bars, a posts chart and the findings of the rule checks.
 */
package org.reformkit.examples.dashboard;
