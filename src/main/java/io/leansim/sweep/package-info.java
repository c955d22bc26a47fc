/**
 * Parameter sweeps: {@code --set PATH=VALUES} parsed into a grid of points, each a scenario with
 * those values set (validated like any scenario), and the records of a sweep's results; a
 * list-valued parameter (a whole schedule) is labelled {@code point 1..n} with a legend. No I/O.
 */
package io.leansim.sweep;
