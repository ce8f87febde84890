package org.explainer.render;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the threads that render pages, while a batch of pages renders: one that runs longer than its
 * time or allocates more than its bytes (see {@link RenderLimits}) is interrupted, and FreeMarker, whose
 * templates carry interruption checks in every loop, stops it there. Each watch says which limit it
 * went over.
 */
final class PageWatch implements AutoCloseable {
  private static final long PERIOD_MILLIS = 10;

  private final RenderLimits limits;
  private final ThreadMXBean threads;
  private final Set<Watch> running = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "explainer-render-watch");
    t.setDaemon(true);
    return t;
  });

  PageWatch(RenderLimits limits) {
    this.limits = limits;
    this.threads = ManagementFactory.getPlatformMXBean(ThreadMXBean.class);
    timer.scheduleWithFixedDelay(this::check, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Starts watching the current thread as it renders one page; close the watch when the page is done. */
  Watch start() {
    Watch watch = new Watch(Thread.currentThread(), System.nanoTime() + limits.timePerPage().toNanos(), allocated(Thread.currentThread()));
    running.add(watch);
    return watch;
  }

  private long allocated(Thread thread) {
    return threads.isThreadAllocatedMemorySupported() ? threads.getThreadAllocatedBytes(thread.getId()) : -1;
  }

  private void check() {
    long now = System.nanoTime();
    for (Watch watch : running) {
      String over = null;
      if (now > watch.deadline) {
        over = "it ran for more than " + limits.timePerPage().toSeconds() + " s";
      } else if (watch.allocatedAtStart >= 0 && allocated(watch.thread) - watch.allocatedAtStart > limits.allocationPerPage()) {
        over = "it used more than " + (limits.allocationPerPage() >> 20) + " MiB of memory";
      }
      if (over != null) {
        watch.stop(over);
      }
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  /** One page being rendered. */
  final class Watch implements AutoCloseable {
    private final Thread thread;
    private final long deadline;
    private final long allocatedAtStart;
    private String over;
    private boolean done;

    private Watch(Thread thread, long deadline, long allocatedAtStart) {
      this.thread = thread;
      this.deadline = deadline;
      this.allocatedAtStart = allocatedAtStart;
    }

    private synchronized void stop(String why) {
      if (!done && over == null) {
        over = why;
        thread.interrupt();
      }
    }

    /** Which limit the page went over ("it ran for more than 20 s"), or null. */
    synchronized String over() {
      return over;
    }

    /** Stops watching; clears the interruption this watch caused, so the thread renders its next page as usual. */
    @Override
    public synchronized void close() {
      done = true;
      running.remove(this);
      if (over != null) {
        Thread.interrupted();
      }
    }
  }
}
