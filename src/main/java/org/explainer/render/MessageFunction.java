package org.explainer.render;

import freemarker.core.Environment;
import freemarker.core.MarkupOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Problem;
import org.explainer.site.Messages;

/**
 * The templates' {@code msg}: the interface text of the page's language, from {@code
 * templates/messages/<language>.properties}. {@code ${msg("entry.keyPoints")}} is a message; {@code
 * ${msg("tags.count", "count", t.count)}} fills in its arguments, given as name and value pairs (ICU
 * message patterns: plurals, numbers and dates as the language writes them).
 *
 * <p>The result is escaped for the template's output format. An argument may be markup made by the
 * template ({@code <#assign link><a href="…">…</a></#assign>}), which is put in as it is; any other
 * argument is text, escaped with the rest. This is the one function templates can call.
 */
final class MessageFunction implements TemplateMethodModelEx {
  /** Marks the place of a markup argument in the formatted text: private-use characters no message has. */
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';

  private final Messages messages;

  /** What {@code msg} throws for a key the page's messages file lacks: the problem, for the renderer to report with its fix. */
  static final class MissingMessage extends TemplateModelException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    MissingMessage(Problem problem) {
      super(problem.message() + " (" + problem.fix() + ")");
      this.problem = problem;
    }

    Problem problem() {
      return problem;
    }
  }

  MessageFunction(Messages messages) {
    this.messages = messages;
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.isEmpty() || arguments.size() % 2 == 0) {
      throw new TemplateModelException("msg needs a message key, then a name and a value for each argument: msg(\"key\", \"name\", value)");
    }
    String key = text((TemplateModel) arguments.get(0), "the message key");
    Map<String, Object> args = new HashMap<>();
    Map<String, String> markup = new HashMap<>();
    for (int i = 1; i < arguments.size(); i += 2) {
      String name = text((TemplateModel) arguments.get(i), "an argument name");
      TemplateModel value = (TemplateModel) arguments.get(i + 1);
      if (value instanceof TemplateNumberModel number) {
        args.put(name, number.getAsNumber());
      } else if (value instanceof TemplateMarkupOutputModel<?> output) {
        String token = OPEN + String.valueOf(i) + CLOSE;
        args.put(name, token);
        markup.put(token, markupOf(output));
      } else {
        args.put(name, text(value, "the argument '" + name + "'"));
      }
    }
    String formatted;
    try {
      formatted = messages.format(key, args);
    } catch (ContentException e) {
      throw new MissingMessage(e.problems().get(0));
    }
    OutputFormat format = Environment.getCurrentEnvironment().getCurrentTemplate().getOutputFormat();
    if (!(format instanceof MarkupOutputFormat<?> markupFormat)) {
      return plain(formatted, markup);
    }
    String escaped = markupFormat.escapePlainText(formatted);
    for (Map.Entry<String, String> m : markup.entrySet()) {
      escaped = escaped.replace(m.getKey(), m.getValue());
    }
    return markupFormat.fromMarkup(escaped);
  }

  private static <M extends TemplateMarkupOutputModel<M>> String markupOf(TemplateMarkupOutputModel<?> output) throws TemplateModelException {
    @SuppressWarnings("unchecked")
    M model = (M) output;
    return model.getOutputFormat().getMarkupString(model);
  }

  private static String plain(String formatted, Map<String, String> markup) {
    String out = formatted;
    for (Map.Entry<String, String> m : markup.entrySet()) {
      out = out.replace(m.getKey(), m.getValue());
    }
    return out;
  }

  private static String text(TemplateModel model, String what) throws TemplateModelException {
    if (model instanceof TemplateScalarModel scalar) {
      return scalar.getAsString();
    }
    throw new TemplateModelException("msg: " + what + " should be text");
  }
}
