package com.tripavail.platform.axon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An event handler (on a method), or every event handler of a class (on the class), that does
 * not touch the database while it handles an event: it only computes, or it buffers its writes
 * until the batch commits. Such a handler cannot leave the batch's transaction aborted, so
 * {@link SavepointPerEventHandler} does not wrap it in a savepoint, which spares two round trips
 * to PostgreSQL per event — most of a replay's time for a projection that writes once per batch.
 *
 * <p>The handler must also leave nothing half-buffered when it fails (compute everything, then
 * add it in one step): with a dead-letter queue the failing event is parked and the batch goes
 * on, and there is no savepoint to undo what the handler kept in memory.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface WithoutSavepoint {
}
