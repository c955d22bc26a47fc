package io.leansim.report;

import java.nio.file.Path;

/**
 * One chart written as {@code charts/<id>.png} and {@code charts/<id>.svg}, with its title and
 * caption; {@code png} and {@code svg} null: nothing worth drawing, the caption says why (a page
 * shows it as a note).
 */
public record ChartFile(String id, String title, String caption, Path png, Path svg) {}
