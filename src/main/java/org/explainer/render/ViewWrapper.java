package org.explainer.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * How templates see the views: Freemarker's own object wrapper with its record support, so that a
 * record's components read as values ({@code page.headline}), and a member-access policy that exposes
 * nothing else: no method can be called, no field or constructor reached. An {@link Optional} reads as
 * its value, or as missing when empty ({@code page.entry.subtitle??}).
 */
final class ViewWrapper {
  private ViewWrapper() {}

  /** The wrapper for a configuration of {@code version}. */
  static DefaultObjectWrapper of(Version version) {
    DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(version);
    builder.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
    builder.setMemberAccessPolicy(new ComponentsOnly());
    return new OptionalUnwrapping(builder);
  }

  /** Unwraps Optionals; everything else as Freemarker's default wrapper wraps it. */
  private static final class OptionalUnwrapping extends DefaultObjectWrapper {
    OptionalUnwrapping(DefaultObjectWrapperBuilder builder) {
      super(builder, true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
      return value instanceof Optional<?> optional ? wrap(optional.orElse(null)) : super.handleUnknownType(value);
    }
  }

  /** Exposes the accessors of record components and no other member of any class. */
  private static final class ComponentsOnly implements MemberAccessPolicy {
    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
      return new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
          return type.isRecord() && method.getParameterCount() == 0
              && Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).anyMatch(method.getName()::equals);
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
          return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
          return false;
        }
      };
    }

    @Override
    public boolean isToStringAlwaysExposed() {
      return false;
    }
  }
}
