package com.tripavail.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValues;
import org.axonframework.modelling.saga.AssociationValuesImpl;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.junit.jupiter.api.Test;

class RollbackSafeSagaCacheTest {

    private static final AssociationValue BOOKING = new AssociationValue("bookingId", "booking-1");

    /** Stands in for the database: counts its reads, and keeps only what a committed unit wrote. */
    private final CountingStore database = new CountingStore();
    private final RollbackSafeSagaCache store = new RollbackSafeSagaCache(database, new RecentlyUsedCache(100),
            new RecentlyUsedCache(100));

    @Test
    void givenASagaReadOnce_thenItsNextEventsReadNothingFromTheDatabase() {
        database.committed("saga-1", new StringBuilder("HOLD"), BOOKING);

        for (int event = 0; event < 3; event++) {
            assertThat(store.findSagas(Object.class, BOOKING)).containsExactly("saga-1");
            assertThat(store.loadSaga(Object.class, "saga-1").saga()).hasToString("HOLD");
        }

        assertThat(database.reads).isEqualTo(2);
    }

    @Test
    void givenAUnitOfWorkThatChangedACachedSaga_whenItRollsBack_thenTheCommittedSagaIsReadAgain() {
        database.committed("saga-1", new StringBuilder("HOLD"), BOOKING);
        store.findSagas(Object.class, BOOKING);
        store.loadSaga(Object.class, "saga-1");

        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        StringBuilder saga = (StringBuilder) store.loadSaga(Object.class, "saga-1").saga();
        saga.replace(0, saga.length(), "CONFIRMED");   // a handler changes the cached instance itself
        store.updateSaga(Object.class, "saga-1", saga, associations(BOOKING));
        unitOfWork.rollback(new IllegalStateException("the batch failed"));

        assertThat(store.loadSaga(Object.class, "saga-1").saga()).hasToString("HOLD");
        assertThat(database.reads).isEqualTo(3);
    }

    @Test
    void givenASagaStartedInAUnitThatRollsBack_thenNoEventFindsIt() {
        assertThat(store.findSagas(Object.class, BOOKING)).isEmpty();

        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        store.insertSaga(Object.class, "saga-2", new StringBuilder("QUOTE"), Set.of(BOOKING));
        assertThat(store.findSagas(Object.class, BOOKING)).containsExactly("saga-2");
        unitOfWork.rollback(new IllegalStateException("the batch failed"));

        assertThat(store.findSagas(Object.class, BOOKING)).isEmpty();
    }

    @Test
    void givenASagaStartedInAUnitThatCommits_thenItIsFoundWithoutAnotherRead() {
        assertThat(store.findSagas(Object.class, BOOKING)).isEmpty();

        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        store.insertSaga(Object.class, "saga-3", new StringBuilder("QUOTE"), Set.of(BOOKING));
        unitOfWork.commit();

        assertThat(store.findSagas(Object.class, BOOKING)).containsExactly("saga-3");
        assertThat(database.reads).isEqualTo(1);
    }

    @Test
    void givenAnEndedSaga_thenItIsNoLongerFound() {
        database.committed("saga-4", new StringBuilder("CONFIRMED"), BOOKING);
        assertThat(store.findSagas(Object.class, BOOKING)).containsExactly("saga-4");

        store.deleteSaga(Object.class, "saga-4", Set.of(BOOKING));

        assertThat(store.findSagas(Object.class, BOOKING)).isEmpty();
        assertThat(store.loadSaga(Object.class, "saga-4")).isNull();
    }

    private static AssociationValues associations(AssociationValue... values) {
        AssociationValuesImpl associations = new AssociationValuesImpl(Set.of(values));
        associations.commit();
        return associations;
    }

    private static final class CountingStore implements SagaStore<Object> {

        private final Map<String, String> sagas = new HashMap<>();
        private final Map<String, Set<AssociationValue>> associations = new HashMap<>();
        private final Map<String, String> pending = new HashMap<>();
        private int reads;

        void committed(String id, Object saga, AssociationValue... values) {
            sagas.put(id, saga.toString());
            associations.put(id, new HashSet<>(Set.of(values)));
        }

        @Override
        public Set<String> findSagas(Class<?> sagaType, AssociationValue associationValue) {
            reads++;
            Set<String> found = new HashSet<>();
            associations.forEach((id, values) -> {
                if (values.contains(associationValue)) {
                    found.add(id);
                }
            });
            return found;
        }

        @Override
        public <S> Entry<S> loadSaga(Class<S> sagaType, String sagaIdentifier) {
            reads++;
            String saga = sagas.get(sagaIdentifier);
            if (saga == null) {
                return null;
            }
            Set<AssociationValue> values = associations.get(sagaIdentifier);
            return new Entry<>() {
                @Override
                public Set<AssociationValue> associationValues() {
                    return values;
                }

                @Override
                @SuppressWarnings("unchecked")
                public S saga() {
                    return (S) new StringBuilder(saga);
                }
            };
        }

        @Override
        public void deleteSaga(Class<?> sagaType, String sagaIdentifier, Set<AssociationValue> values) {
            sagas.remove(sagaIdentifier);
            associations.remove(sagaIdentifier);
        }

        // Writes inside a unit of work reach the "database" only when it commits, as with a transaction.
        @Override
        public void insertSaga(Class<?> sagaType, String sagaIdentifier, Object saga, Set<AssociationValue> values) {
            whenCommitted(() -> committed(sagaIdentifier, saga, values.toArray(AssociationValue[]::new)));
        }

        @Override
        public void updateSaga(Class<?> sagaType, String sagaIdentifier, Object saga, AssociationValues values) {
            pending.put(sagaIdentifier, saga.toString());
            whenCommitted(() -> sagas.put(sagaIdentifier, pending.remove(sagaIdentifier)));
        }

        private static void whenCommitted(Runnable write) {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(u -> write.run());
            } else {
                write.run();
            }
        }
    }
}
