package org.meridian.app.web;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Counts the requests being served, published as the platform MBean {@code
 * org.meridian:type=InFlightRequests} so that the launcher (another class loader) can wait for them
 * on SIGTERM.
 */
public final class InFlightRequests implements InFlightRequestsMBean {

  static final String NAME = "org.meridian:type=InFlightRequests";

  private final AtomicInteger count = new AtomicInteger();

  void started() {
    count.incrementAndGet();
  }

  void ended() {
    count.decrementAndGet();
  }

  @Override
  public int getCount() {
    return count.get();
  }

  void register() {
    try {
      var server = ManagementFactory.getPlatformMBeanServer();
      ObjectName name = new ObjectName(NAME);
      if (server.isRegistered(name)) {
        server.unregisterMBean(name);
      }
      server.registerMBean(this, name);
    } catch (JMException e) {
      throw new IllegalStateException("cannot publish the in-flight request count", e);
    }
  }

  void unregister() {
    try {
      ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(NAME));
    } catch (JMException e) {
      // already gone
    }
  }
}
