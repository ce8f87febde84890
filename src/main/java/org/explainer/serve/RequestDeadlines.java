package org.explainer.serve;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The preview server's workers: up to a number of threads (made as requests come, ended when idle),
 * each request cut when it runs longer than its time. The JDK's server hands a worker a connection as
 * soon as its first byte arrives and reads the headers there, blocking; interrupting the worker closes
 * the connection (its channel is interruptible), which frees it.
 */
final class RequestDeadlines implements Executor, AutoCloseable {
  private final ThreadPoolExecutor workers;
  private final Duration limit;
  /** When each worker's current request started (System.nanoTime), by worker. */
  private final Map<Thread, Long> running = new ConcurrentHashMap<>();
  private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "preview-deadlines");
    t.setDaemon(true);
    return t;
  });

  RequestDeadlines(int threads, Duration limit) {
    this.limit = limit;
    this.workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1024), r -> {
      Thread t = new Thread(r, "preview-http");
      t.setDaemon(true);
      return t;
    });
    workers.allowCoreThreadTimeOut(true); // a thread per request up to the limit, rather than a queue behind eight
    long period = Math.max(10, Math.min(250, limit.toMillis() / 4));
    watch.scheduleWithFixedDelay(this::cutLateRequests, period, period, TimeUnit.MILLISECONDS);
  }

  @Override
  public void execute(Runnable request) {
    workers.execute(() -> {
      Thread self = Thread.currentThread();
      running.put(self, System.nanoTime());
      try {
        request.run();
      } finally {
        synchronized (this) {
          running.remove(self);
          Thread.interrupted(); // an interruption meant for this request ends with it
        }
      }
    });
  }

  /** Interrupts the workers whose request has run too long; under the lock, so never one that has moved on. */
  private synchronized void cutLateRequests() {
    long now = System.nanoTime();
    running.forEach((thread, started) -> {
      if (now - started > limit.toNanos()) {
        thread.interrupt();
      }
    });
  }

  @Override
  public void close() {
    watch.shutdownNow();
    workers.shutdownNow();
  }
}
