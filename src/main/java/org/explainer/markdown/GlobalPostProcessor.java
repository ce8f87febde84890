package org.explainer.markdown;

import com.vladsch.flexmark.parser.PostProcessor;
import com.vladsch.flexmark.parser.PostProcessorFactory;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import java.util.Map;
import java.util.Set;

/**
 * A flexmark post-processor that finds the nodes it needs itself, in {@link #processDocument}: a
 * "global" one in flexmark's terms. For a node post-processor flexmark first classifies every node of
 * the document (a bit set of each node's ancestors), which cost about a tenth of the Markdown step for
 * the site's two (see {@link BareLinkExtension} and {@link HeadingAnchorsExtension}).
 */
abstract class GlobalPostProcessor implements PostProcessor {
  /** flexmark calls {@link #processDocument} on a global post-processor, never this. */
  @Override
  public final void process(NodeTracker state, Node node) {
    throw new UnsupportedOperationException("a global post-processor: flexmark calls processDocument");
  }

  /** The node after {@code node} in document order (depth first), staying inside {@code root}; null at the end. */
  static Node next(Node node, Node root) {
    if (node.getFirstChild() != null) {
      return node.getFirstChild();
    }
    for (Node at = node; at != null && at != root; at = at.getParent()) {
      if (at.getNext() != null) {
        return at.getNext();
      }
    }
    return null;
  }

  /** For the node post-processors run from here, which have no classification of nodes to keep up to date. */
  static final NodeTracker IGNORED = new NodeTracker() {
    @Override
    public void nodeAdded(Node node) {}

    @Override
    public void nodeAddedWithChildren(Node node) {}

    @Override
    public void nodeAddedWithDescendants(Node node) {}

    @Override
    public void nodeRemoved(Node node) {}

    @Override
    public void nodeRemovedWithChildren(Node node) {}

    @Override
    public void nodeRemovedWithDescendants(Node node) {}
  };

  /**
   * The factory of a global post-processor. Each post-processor needs a subclass of its own: flexmark
   * orders post-processors by their factories' classes. Global ones run after the others, in the order
   * their extensions are listed.
   */
  abstract static class Factory implements PostProcessorFactory {
    @Override
    public final Map<Class<?>, Set<Class<?>>> getNodeTypes() {
      return null; // global: flexmark hands over the whole document
    }

    @Override
    public final boolean affectsGlobalScope() {
      return true;
    }

    @Override
    public final Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public final Set<Class<?>> getBeforeDependents() {
      return null;
    }
  }
}
