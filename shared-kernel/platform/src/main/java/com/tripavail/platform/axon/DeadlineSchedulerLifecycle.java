package com.tripavail.platform.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * Starts db-scheduler once everything else runs (Axon's processors and sagas must be up
 * before an overdue deadline fires) and pauses it first when the context stops. A
 * db-scheduler cannot start twice, so a stopped context that is started again resumes it,
 * and only closing the context shuts it down.
 */
public class DeadlineSchedulerLifecycle implements SmartLifecycle, DisposableBean {

    private final Scheduler scheduler;
    private volatile boolean started;
    private volatile boolean running;

    public DeadlineSchedulerLifecycle(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public synchronized void start() {
        if (!started) {
            scheduler.start();
            started = true;
        } else {
            scheduler.resume();
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        if (running) {
            scheduler.pause();
            running = false;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    @Override
    public synchronized void destroy() {
        if (started) {
            scheduler.stop();
        }
    }
}
