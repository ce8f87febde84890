package org.explainer.figure;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The geography of the Alliance map: Natural Earth's countries, projected and simplified by {@code
 * tools/map/build-map.mjs} into {@code alliance-map.json} beside this class (rerun the script to change
 * them; the build never needs Node). Europe fills the drawing; the United States and Canada are in an
 * inset at a smaller scale.
 *
 * @param source the data the geography comes from (in the public domain), for the map's credit
 * @param via the package that made it into shapes, with its version
 * @param width the drawing's width
 * @param height the drawing's height
 * @param inset the box of the inset
 * @param countries every country in the frame, others first, then members, then Ukraine and Russia
 */
public record AllianceMap(String source, String via, int width, int height, Box inset, List<Country> countries) {
  /**
   * A box of the drawing.
   *
   * @param x left
   * @param y top
   * @param width width
   * @param height height
   */
  public record Box(int x, int y, int width, int height) {}

  /**
   * A country's shape.
   *
   * @param id its ISO 3166-1 numeric code (its name when it has none)
   * @param name its name, as the explainer's actors name countries
   * @param member the NATO member it belongs to (Greenland: Denmark), or null
   * @param path SVG path data in the drawing's units
   */
  public record Country(String id, String name, String member, String path) {}

  private static final class Holder {
    static final AllianceMap MAP = read();
  }

  /** The map, read once from the class path. */
  public static AllianceMap get() {
    return Holder.MAP;
  }

  private static AllianceMap read() {
    try (InputStream in = AllianceMap.class.getResourceAsStream("alliance-map.json")) {
      if (in == null) {
        throw new IllegalStateException("alliance-map.json is missing from the class path; run tools/map/build-map.mjs");
      }
      AllianceMap map = new ObjectMapper().readValue(in, AllianceMap.class);
      return new AllianceMap(map.source(), map.via(), map.width(), map.height(), map.inset(), List.copyOf(map.countries()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read alliance-map.json", e);
    }
  }
}
