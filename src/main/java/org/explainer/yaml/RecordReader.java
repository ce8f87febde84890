package org.explainer.yaml;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.explainer.diagnostic.DidYouMean;
import org.explainer.diagnostic.Location;

/**
 * Reads a located YAML mapping into a record, component by component, by name: adding a field to a
 * content file means adding a component to its record, and nothing else. Every problem is recorded
 * through {@link Fields} with its location and a fix, and one pass reports every problem of a mapping
 * (a YAML data binder stops at the first).
 *
 * <p>A component named {@code keyPoints} is read from the key {@code key_points} (see {@link Yaml} for
 * another key). By its type:
 *
 * <ul>
 *   <li>{@code String}: required text; a component named {@code id} must be a valid id, one named
 *       {@code url} or ending in {@code Url} an absolute http(s) address ({@link WebAddress}), whether
 *       required or optional;
 *   <li>{@code Optional<String>}, {@code Optional<R>}: optional text or mapping;
 *   <li>{@code boolean}, {@code int}: optional, false or {@link Yaml#fallback()} when absent (an
 *       {@code int} with {@link Yaml#required()} must be there);
 *   <li>{@code List<String>}, {@code List<LocatedText>}, {@code List<Ref>}, {@code List<R>}: optional
 *       unless {@link Yaml#required()}; a single text reads as a list of one;
 *   <li>{@link Ref}, an enum, a record {@code R}: required;
 *   <li>{@code Optional<LocalDate>}: an optional day, YYYY-MM-DD;
 *   <li>a type with a static {@code read(Fields)} reads a mapping, one with a static {@code read(Fields,
 *       String)} reads the value of a key: their own rules;
 *   <li>{@code Location at}: where the record is written (its key in the mapping above, or where the
 *       list item starts); {@code Location xAt}: where the value of {@code x} is written.
 * </ul>
 *
 * <p>When a required value that is not text cannot be read, or a {@link Yaml.Checked} record says so,
 * the whole record is left out (null), after all its problems are recorded.
 */
public final class RecordReader {
  /**
   * The keys of the records nested in each record type, worked out once per type: a pure function of
   * the class, which reflection makes slow and every entry file asks for.
   */
  private static final ClassValue<Map<String, String>> NESTED_KEYS = new ClassValue<>() {
    @Override
    protected Map<String, String> computeValue(Class<?> type) {
      return Map.copyOf(nestedKeys(type));
    }
  };

  /** Each type's static {@code read(Fields)}, if it has one; looked up once per type, as {@link #NESTED_KEYS}. */
  private static final ClassValue<Optional<Method>> MAPPING_READERS = new ClassValue<>() {
    @Override
    protected Optional<Method> computeValue(Class<?> type) {
      return Optional.ofNullable(reader(type, Fields.class));
    }
  };

  /** Each type's static {@code read(Fields, String)}, if it has one. */
  private static final ClassValue<Optional<Method>> VALUE_READERS = new ClassValue<>() {
    @Override
    protected Optional<Method> computeValue(Class<?> type) {
      return Optional.ofNullable(reader(type, Fields.class, String.class));
    }
  };

  /**
   * How each record type is read, worked out once per type as {@link #NESTED_KEYS}: reflection makes a
   * record's components, their annotations and generic types, and its constructor anew on every call.
   */
  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      try {
        return new Shape(Arrays.stream(components).map(Part::of).toList(),
            type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new)));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record has its canonical constructor: " + type, e);
      }
    }
  };

  /** A record type's components in order, and its canonical constructor. */
  private record Shape(List<Part> parts, Constructor<?> constructor) {}

  /**
   * One component of a record type, as {@link #component} reads it.
   *
   * @param name its name
   * @param key its YAML key ({@link #key})
   * @param options its {@link Yaml} annotation, or null
   * @param raw its type
   * @param argument the type in an {@code Optional} or a {@code List}, else null
   */
  private record Part(String name, String key, Yaml options, Class<?> raw, Class<?> argument) {
    static Part of(RecordComponent c) {
      Class<?> raw = c.getType();
      return new Part(c.getName(), RecordReader.key(c), c.getAnnotation(Yaml.class), raw,
          raw == Optional.class || raw == List.class ? RecordReader.argument(c.getGenericType()) : null);
    }
  }

  private RecordReader() {}

  /**
   * Reads {@code f} into a {@code type}; components named in {@code given} take those values instead
   * (things that are not in the mapping, such as the file it was read from). Reports unknown keys
   * ({@link Fields#finish()}).
   *
   * @return the record, or null when it cannot be made
   */
  public static <R extends Record> R read(Fields f, Class<R> type, Map<String, Object> given) {
    return read(f, type, given, f.at());
  }

  /** {@link #read(Fields, Class, Map)} with nothing given. */
  public static <R extends Record> R read(Fields f, Class<R> type) {
    return read(f, type, Map.of());
  }

  private static <R extends Record> R read(Fields f, Class<R> type, Map<String, Object> given, Location at) {
    R value = bind(f, type, given, at);
    f.nestedKeys(NESTED_KEYS.get(type));
    f.finish();
    return value;
  }

  /** The keys of the records nested in {@code type}, each with where it goes: "'source:'", "'source:' or 'published:'". */
  private static Map<String, String> nestedKeys(Class<?> type) {
    Map<String, String> keys = new HashMap<>();
    for (RecordComponent c : type.getRecordComponents()) {
      Yaml options = c.getAnnotation(Yaml.class);
      Class<?> of = c.getType() == Optional.class || c.getType() == List.class ? argument(c.getGenericType()) : c.getType();
      if (of.isRecord() && (options == null || !options.inline())) {
        for (RecordComponent inner : of.getRecordComponents()) {
          keys.merge(key(inner), "'" + key(c) + ":'", (a, b) -> a.contains(b) ? a : a + " or " + b);
        }
      }
    }
    for (RecordComponent c : type.getRecordComponents()) {
      keys.remove(key(c)); // a key of this mapping itself is never out of place here
    }
    return keys;
  }

  /** What {@code type} is, for messages. */
  public static String what(Class<?> type) {
    Yaml.What what = type.getAnnotation(Yaml.What.class);
    return what == null ? "a " + type.getSimpleName().toLowerCase(Locale.ROOT) : what.value();
  }

  private static <R extends Record> R bind(Fields f, Class<R> type, Map<String, Object> given, Location at) {
    Shape shape = SHAPES.get(type);
    Object[] values = new Object[shape.parts().size()];
    boolean complete = true;
    for (int i = 0; i < values.length; i++) {
      Part c = shape.parts().get(i);
      if (given.containsKey(c.name())) {
        values[i] = given.get(c.name());
        continue;
      }
      values[i] = component(f, c, at);
      complete &= values[i] != null;
    }
    if (!complete) {
      return null;
    }
    R value = type.cast(construct(type, shape.constructor(), values));
    return value instanceof Yaml.Checked checked && !checked.check(f) ? null : value;
  }

  /** The value of one component, null when a required one cannot be read. */
  private static Object component(Fields f, Part c, Location at) {
    Yaml options = c.options();
    String name = c.name();
    String key = c.key();
    boolean required = options != null && options.required();
    Class<?> raw = c.raw();
    if (raw == Location.class) {
      return name.equals("at") ? at : f.valueAt(snakeCase(name.substring(0, name.length() - 2)));
    }
    if (raw == String.class) {
      return name.equals("id") ? f.id(key) : isWebAddress(name) ? f.webAddress(key) : f.text(key);
    }
    if (raw == boolean.class) {
      return f.flag(key, false);
    }
    if (raw == int.class) {
      int fallback = options == null ? 0 : options.fallback();
      OptionalInt n = f.integer(key, required);
      return n.isPresent() ? Integer.valueOf(n.getAsInt()) : required ? null : Integer.valueOf(fallback);
    }
    if (raw == Optional.class) {
      Class<?> of = c.argument();
      if (of == String.class) {
        return isWebAddress(name) ? f.optionalWebAddress(key) : f.optionalText(key);
      }
      if (of == LocalDate.class) {
        return date(f, key, options);
      }
      return f.object(key, false, what(of), item -> nested(item, of, f.at(key)));
    }
    if (raw == List.class) {
      Class<?> of = c.argument();
      if (of == String.class) {
        return f.textList(key, required);
      }
      if (of == LocatedText.class) {
        return f.locatedTextList(key, required);
      }
      if (of == Ref.class) {
        return f.refList(key, required);
      }
      return f.objectList(key, required, what(of), item -> nested(item, of, item.at()));
    }
    if (raw == Ref.class) {
      return f.ref(key);
    }
    if (raw.isEnum()) {
      return constant(f, key, raw);
    }
    Optional<Method> reader = VALUE_READERS.get(raw);
    if (reader.isPresent()) {
      return invoke(reader.get(), f, key);
    }
    boolean inline = options != null && options.inline();
    if (inline) {
      return nested(f, raw, at);
    }
    return f.object(key, true, what(raw), item -> nested(item, raw, f.at(key))).orElse(null);
  }

  /** A record or a type with its own reader, from the mapping {@code item}. */
  private static Object nested(Fields item, Class<?> type, Location at) {
    Optional<Method> reader = MAPPING_READERS.get(type);
    if (reader.isPresent()) {
      return invoke(reader.get(), item);
    }
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type + " is neither a record nor a type with a static read(Fields)");
    }
    return bind(item, type.asSubclass(Record.class), Map.of(), at);
  }

  private static Object constant(Fields f, String key, Class<?> type) {
    String text = f.text(key);
    if (text.isEmpty()) {
      return null;
    }
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equalsIgnoreCase(text)) {
        return constant;
      }
    }
    List<String> known = Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT)).toList();
    f.error(key, "unknown " + key + " '" + text + "'", DidYouMean.hint(text, known) + "use one of: " + String.join(", ", known));
    return null;
  }

  private static Optional<LocalDate> date(Fields f, String key, Yaml options) {
    return f.optionalText(key).flatMap(text -> {
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeException e) {
        f.error(key, "'" + text + "' is not a date", options != null && !options.fix().isEmpty() ? options.fix() : "write it as YYYY-MM-DD");
        return Optional.empty();
      }
    });
  }

  static Method reader(Class<?> type, Class<?>... parameters) {
    try {
      Method m = type.getMethod("read", parameters);
      return Modifier.isStatic(m.getModifiers()) ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  static Object invoke(Method method, Object... args) {
    try {
      return method.invoke(null, args);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read with " + method, e.getCause() == null ? e : e.getCause());
    }
  }

  /**
   * {@code record} with the components named in {@code changes} replaced by their values, the others
   * as they are: a copy by name, for records too large to copy by position.
   */
  public static <R extends Record> R with(R record, Map<String, Object> changes) {
    @SuppressWarnings("unchecked")
    Class<R> type = (Class<R>) record.getClass();
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      values[i] = changes.containsKey(name) ? changes.get(name) : value(record, components[i]);
    }
    return construct(type, values);
  }

  /** The value of component {@code c} of {@code record}. */
  static Object value(Record record, RecordComponent c) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of a " + record.getClass().getSimpleName(), e);
    }
  }

  /** The YAML key of component {@code c}: its name in snake_case, or {@link Yaml#key()}. */
  static String key(RecordComponent c) {
    Yaml options = c.getAnnotation(Yaml.class);
    return options != null && !options.key().isEmpty() ? options.key() : snakeCase(c.getName());
  }

  /** A {@code type} of the component values {@code values}, in order, by its canonical constructor. */
  static <R extends Record> R construct(Class<R> type, Object[] values) {
    return type.cast(construct(type, SHAPES.get(type).constructor(), values));
  }

  private static Object construct(Class<?> type, Constructor<?> constructor, Object[] values) {
    try {
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
    }
  }

  static Class<?> argument(Type generic) {
    Type argument = ((ParameterizedType) generic).getActualTypeArguments()[0];
    return argument instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) argument;
  }

  /** True for a component that holds the address of a page elsewhere: {@code url}, {@code outletUrl}, {@code baseUrl}. */
  static boolean isWebAddress(String component) {
    return component.equals("url") || component.endsWith("Url");
  }

  /** {@code keyPoints} → {@code key_points}. */
  static String snakeCase(String name) {
    StringBuilder key = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z' && i > 0 && isLowerOrDigit(name.charAt(i - 1))) {
        key.append('_');
      }
      key.append(c);
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isLowerOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }
}
