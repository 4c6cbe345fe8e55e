package io.obra.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The largest heap still in use right after a garbage collection, over a stretch of work: the live set
 * plus what the collector did not get to, never the garbage a peak-usage figure would include.
 * Listens to the JVM's GC notifications; {@link #reset()} starts a new stretch.
 */
public final class LiveHeap implements AutoCloseable {

    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final NotificationListener listener = this::onGc;

    public LiveHeap() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
    }

    /** Collects, waits for the notification to arrive, and starts measuring from the live set now. */
    public void reset() throws InterruptedException {
        System.gc();
        Thread.sleep(200);
        peak.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        collections.set(0);
    }

    /** The peak of heap used after a collection since {@link #reset()}, in bytes. */
    public long peakAfterGc() throws InterruptedException {
        // A last full collection, so what the run still holds at its end counts too.
        System.gc();
        Thread.sleep(200);
        return peak.get();
    }

    /** Collections seen since {@link #reset()}. */
    public long collections() {
        return collections.get();
    }

    private void onGc(final Notification notification, final Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
        peak.accumulateAndGet(used, Math::max);
        collections.incrementAndGet();
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // never added
            }
        }
    }
}
