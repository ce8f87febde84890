package org.explainer.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * The object wrapper templates see the data through: a public record (every view is one) becomes a hash
 * of its components and nothing else, read with the accessors found once per record class; anything
 * else is wrapped as Freemarker's {@link DefaultObjectWrapper} wraps it. Freemarker's own wrapping of a
 * record goes through its bean introspection and exposes the record's public methods too. Each read here
 * is a map look-up and a call of an accessor set accessible, which spares {@code Method.invoke} the
 * look-up of its caller for the access check: most of the cost of a read without the optimising
 * compiler (see docs/performance.md). Immutable, so shared by every thread.
 */
final class RecordWrapper extends DefaultObjectWrapper {
  /** For each class: its components by name, or null when it is not a public record. */
  private final ClassValue<Map<String, Method>> components = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      return componentsOf(type);
    }
  };

  RecordWrapper(Version incompatibleImprovements) {
    super(new DefaultObjectWrapperBuilder(incompatibleImprovements), true);
  }

  @Override
  protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
    Map<String, Method> accessors = value instanceof Record ? components.get(value.getClass()) : null;
    return accessors == null ? super.handleUnknownType(value) : new RecordModel(value, accessors, this);
  }

  /** The accessors of a public record (reachable from any package) by component name; null for any other class. */
  private static Map<String, Method> componentsOf(Class<?> type) {
    if (!type.isRecord()) {
      return null;
    }
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return null;
      }
    }
    Map<String, Method> accessors = new HashMap<>();
    for (RecordComponent component : type.getRecordComponents()) {
      Method accessor = component.getAccessor();
      try {
        // public already; this only spares each call Method.invoke's look-up of its caller for the
        // access check (most of the cost of a call without the optimising compiler)
        accessor.setAccessible(true);
      } catch (RuntimeException e) {
        return null; // a record in a module that does not open it: Freemarker's own wrapping reads it
      }
      accessors.put(component.getName(), accessor);
    }
    return Map.copyOf(accessors);
  }

  /** A record as a hash of its components; a name that is not a component is missing, as is a null value. */
  private static final class RecordModel implements TemplateHashModel, WrapperTemplateModel {
    private final Object record;
    private final Map<String, Method> accessors;
    private final RecordWrapper wrapper;

    RecordModel(Object record, Map<String, Method> accessors, RecordWrapper wrapper) {
      this.record = record;
      this.accessors = accessors;
      this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      Method accessor = accessors.get(key);
      if (accessor == null) {
        return null;
      }
      try {
        Object value = accessor.invoke(record);
        // text, the most common value, wrapped as DefaultObjectWrapper would, without its checks for
        // the other kinds (each an interface test, slow without the optimising compiler)
        return value instanceof String text ? new SimpleScalar(text) : wrapper.wrap(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new TemplateModelException("cannot read '" + key + "' of a " + record.getClass().getSimpleName(), e);
      }
    }

    @Override
    public boolean isEmpty() {
      return false; // as Freemarker's bean model of a record answers
    }

    @Override
    public Object getWrappedObject() {
      return record;
    }
  }
}
