package org.explainer.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Immutable records kept in the {@link BuildCache} as bytes and read back equal, component by component
 * through the records' own accessors and canonical constructors. A record may hold texts, paths, dates,
 * whole numbers, flags, enum constants, other such records, and {@code List}s and {@code Optional}s of
 * them; any component may be null. Other types are refused when written, so a record that grows a
 * component of another type fails its first build in a test, not silently in the cache; so is a text
 * holding half of a surrogate pair, which UTF-8 cannot give back.
 *
 * <p>The bytes follow the record's components in order, so a record whose components changed reads
 * nothing useful from an older result: the cache's identity, which covers this generator's code, keeps
 * them apart. A count that runs past the end, or bytes left over, make {@link #read} give nothing.
 *
 * <p>Thread-safe. A codec looks up each record class's components and constructor once.
 */
public final class RecordCodec {
  /** A record class's components, their accessors and its canonical constructor, made accessible. */
  private record Shape(RecordComponent[] components, Method[] accessors, Constructor<?> canonical) {}

  private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

  /**
   * {@code value} as bytes.
   *
   * @throws IllegalArgumentException when it holds a type this codec does not write
   */
  public byte[] bytes(Record value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      write(out, value.getClass(), value, new HashMap<>());
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory", e);
    }
    return bytes.toByteArray();
  }

  /** The record of {@code type} in {@code bytes}, or empty when they do not hold one. */
  public <T extends Record> Optional<T> read(byte[] bytes, Class<T> type) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      Object value = read(in, type, new ArrayList<>());
      return in.available() == 0 && type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    } catch (IOException | ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes {@code value}; a path written before in the same record is written as its number in {@code
   * paths} (every location of an entry names the entry's file).
   */
  private void write(DataOutputStream out, Type type, Object value, Map<Path, Integer> paths) throws IOException {
    out.writeBoolean(value != null);
    if (value == null) {
      return;
    }
    Class<?> raw = raw(type);
    if (raw == String.class) {
      String text = (String) value;
      if (!wholeText(text)) {
        throw new IllegalArgumentException("a text with half of a surrogate pair cannot be kept in the cache: UTF-8 would not give it back");
      }
      Stored.text(out, text);
    } else if (raw == int.class || raw == Integer.class) {
      out.writeInt((Integer) value);
    } else if (raw == long.class || raw == Long.class) {
      out.writeLong((Long) value);
    } else if (raw == boolean.class || raw == Boolean.class) {
      out.writeBoolean((Boolean) value);
    } else if (raw == Path.class) {
      Integer known = paths.putIfAbsent((Path) value, paths.size());
      out.writeInt(known == null ? -1 : known);
      if (known == null) {
        Stored.text(out, value.toString());
      }
    } else if (raw == LocalDate.class) {
      out.writeLong(((LocalDate) value).toEpochDay());
    } else if (raw.isEnum()) {
      out.writeInt(((Enum<?>) value).ordinal());
    } else if (raw == Optional.class) {
      Optional<?> optional = (Optional<?>) value;
      write(out, argument(type), optional.orElse(null), paths);
    } else if (raw == List.class) {
      List<?> list = (List<?>) value;
      out.writeInt(list.size());
      for (Object item : list) {
        write(out, argument(type), item, paths);
      }
    } else if (raw.isRecord()) {
      Shape shape = shape(raw);
      for (int i = 0; i < shape.components().length; i++) {
        try {
          write(out, shape.components()[i].getGenericType(), shape.accessors()[i].invoke(value), paths);
        } catch (ReflectiveOperationException e) {
          throw new IllegalArgumentException("cannot read " + raw.getSimpleName() + "." + shape.components()[i].getName(), e);
        }
      }
    } else {
      throw new IllegalArgumentException("a record component of type " + type.getTypeName() + " cannot be kept in the cache");
    }
  }

  private Object read(DataInputStream in, Type type, List<Path> paths) throws IOException, ReflectiveOperationException {
    if (!in.readBoolean()) {
      return null;
    }
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return Stored.text(in);
    } else if (raw == int.class || raw == Integer.class) {
      return in.readInt();
    } else if (raw == long.class || raw == Long.class) {
      return in.readLong();
    } else if (raw == boolean.class || raw == Boolean.class) {
      return in.readBoolean();
    } else if (raw == Path.class) {
      int known = in.readInt();
      if (known >= 0) {
        return paths.get(known);
      }
      Path path = Path.of(Stored.text(in));
      paths.add(path);
      return path;
    } else if (raw == LocalDate.class) {
      return LocalDate.ofEpochDay(in.readLong());
    } else if (raw.isEnum()) {
      return raw.getEnumConstants()[in.readInt()];
    } else if (raw == Optional.class) {
      return Optional.ofNullable(read(in, argument(type), paths));
    } else if (raw == List.class) {
      int size = Stored.count(in);
      List<Object> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(read(in, argument(type), paths));
      }
      return list.contains(null) ? Collections.unmodifiableList(list) : List.copyOf(list);
    } else if (raw.isRecord()) {
      Shape shape = shape(raw);
      Object[] values = new Object[shape.components().length];
      for (int i = 0; i < values.length; i++) {
        values[i] = read(in, shape.components()[i].getGenericType(), paths);
      }
      return shape.canonical().newInstance(values);
    }
    throw new IOException("a record component of type " + type.getTypeName() + " is not kept in the cache");
  }

  private Shape shape(Class<?> record) {
    return shapes.computeIfAbsent(record, r -> {
      RecordComponent[] components = r.getRecordComponents();
      Method[] accessors = new Method[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
        types[i] = components[i].getType();
      }
      try {
        Constructor<?> canonical = r.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return new Shape(components, accessors, canonical);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record has its canonical constructor", e);
      }
    });
  }

  /** Whether {@code text} holds no lone half of a surrogate pair, so that its UTF-8 gives it back. */
  private static boolean wholeText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c) || i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    throw new IllegalArgumentException("a record component of type " + type.getTypeName() + " cannot be kept in the cache");
  }

  /** The type argument of {@code List<T>} or {@code Optional<T>}. */
  private static Type argument(Type type) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
      return p.getActualTypeArguments()[0];
    }
    throw new IllegalArgumentException(type.getTypeName() + " is kept in the cache only with its type argument");
  }
}
