package org.explainer.cache;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.util.Converter;
import com.fasterxml.jackson.databind.util.StdConverter;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Immutable records kept in the {@link BuildCache} as JSON and read back equal, by Jackson: each record
 * through its components and its canonical constructor, {@code Optional}s by Jackson's Jdk8 module, dates
 * by its java.time module, paths as written (a relative path stays relative; a path a record names
 * many times is read back as one object, as the record held it; the file an entry is read from, which
 * each of its locations names, as a mark of one character), and {@code List}s read back
 * unmodifiable, as the records hold them (other collections as Jackson reads them).
 *
 * <p>Bytes that do not hold a whole record of the type asked for (cut short, with more after it, another
 * record, a component missing) give nothing, and the cache makes the result again. The JSON follows the
 * record's components by name, and the cache's identity, which covers this generator's code, keeps the
 * results of another version of a record apart.
 *
 * <p>Thread-safe: Jackson's mapper is, once configured.
 */
public final class RecordCodec {
  /** The key of the paths read so far in one record, among the attributes of its reading. */
  private static final Object PATHS = new Object();
  /** The key of the record's home path (see {@link #bytes(Record, Path)}), among the attributes of its writing and reading. */
  private static final Object HOME = new Object();
  /**
   * What stands for the home path in the JSON: a NUL, which no path's text holds ({@link Path#of}
   * refuses it), so no other path can be taken for it.
   */
  private static final String HOME_TEXT = "\u0000";

  /** A list read by Jackson (a new one, which nothing else holds), as a record holds it: unmodifiable. */
  private static final Converter<Object, List<?>> UNMODIFIABLE = new StdConverter<>() {
    @Override
    public List<?> convert(Object items) {
      return Collections.unmodifiableList((List<?>) items);
    }
  };

  private final ObjectMapper mapper = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .addModule(pathsAndLists())
      // a record's components, through its fields and canonical constructor; no other method is a property
      .visibility(PropertyAccessor.ALL, Visibility.NONE)
      .visibility(PropertyAccessor.FIELD, Visibility.ANY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
          DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  /**
   * {@code value} as bytes.
   *
   * @throws IllegalArgumentException when Jackson cannot write it (a component of a type it does not
   *     know how to write)
   */
  public byte[] bytes(Record value) {
    return bytes(value, null);
  }

  /**
   * {@code value} as bytes, each path in it equal to {@code home} (the file an entry is read from, which
   * each of its locations names) written as a mark of one character rather than its text: the record is
   * read back with {@link #read(byte[], Class, Path)} and the same {@code home}, or {@code null} for none.
   *
   * @throws IllegalArgumentException when Jackson cannot write it (a component of a type it does not
   *     know how to write)
   */
  public byte[] bytes(Record value, Path home) {
    try {
      return mapper.writer().withAttribute(HOME, home).writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a " + value.getClass().getSimpleName() + " cannot be kept in the cache: " + e.getOriginalMessage(), e);
    }
  }

  /** The record of {@code type} in {@code bytes}, or empty when they do not hold one. */
  public <T extends Record> Optional<T> read(byte[] bytes, Class<T> type) {
    return read(bytes, type, null);
  }

  /**
   * The record of {@code type} in {@code bytes} written by {@link #bytes(Record, Path)} with {@code home},
   * or empty when they do not hold one (a mark of the home path read without one gives nothing).
   */
  public <T extends Record> Optional<T> read(byte[] bytes, Class<T> type, Path home) {
    try {
      return Optional.ofNullable(mapper.readerFor(type).withAttribute(HOME, home).readValue(bytes));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Paths as their text, read back with {@link Path#of}, and every {@code List} read back unmodifiable. */
  private static SimpleModule pathsAndLists() {
    SimpleModule module = new SimpleModule("explainer cache");
    module.addSerializer(Path.class, new StdScalarSerializer<Path>(Path.class) {
      /** The path's text, or the home path's mark. */
      @Override
      public void serialize(Path path, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(path.equals(provider.getAttribute(HOME)) ? HOME_TEXT : path.toString());
      }
    });
    module.addDeserializer(Path.class, new StdScalarDeserializer<Path>(Path.class) {
      /**
       * The path of the text as written, white space and all; one path for each text in a record (every
       * location of an entry names its file), as the record held it.
       */
      @Override
      public Path deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
          return (Path) context.handleUnexpectedToken(Path.class, parser);
        }
        @SuppressWarnings("unchecked")
        Map<String, Path> read = (Map<String, Path>) context.getAttribute(PATHS);
        if (read == null) {
          read = new HashMap<>();
          context.setAttribute(PATHS, read);
        }
        String text = parser.getText();
        if (text.equals(HOME_TEXT)) {
          Path home = (Path) context.getAttribute(HOME);
          return home != null ? home : (Path) context.handleWeirdStringValue(Path.class, text, "a home path, read without one");
        }
        return read.computeIfAbsent(text, Path::of);
      }
    });
    module.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type, BeanDescription description,
          JsonDeserializer<?> deserializer) {
        return List.class.isAssignableFrom(type.getRawClass()) ? new StdDelegatingDeserializer<List<?>>(UNMODIFIABLE, type, deserializer) : deserializer;
      }
    });
    return module;
  }
}
