package org.externship.portal.messaging.boundary;

import jakarta.persistence.EntityManager;
import org.externship.portal.messaging.entity.MessageThread;
import org.externship.portal.messaging.entity.ThreadMessage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/** Threads as DTOs with their messages, read in one query for all of them. */
final class ThreadViews {

    private ThreadViews() {
    }

    /**
     * {@code threads} with the messages {@code visible} lets through, oldest first; a thread left without any is not
     * shown. {@code unread} counts a thread's unread messages for the caller.
     */
    static List<ThreadDto> of(EntityManager em, List<MessageThread> threads, Predicate<ThreadMessage> visible,
                              Instant now, ToIntFunction<List<ThreadMessage>> unread) {
        if (threads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ThreadMessage>> byThread = em.createNamedQuery(ThreadMessage.OF_THREADS, ThreadMessage.class)
                .setParameter("threads", threads.stream().map(MessageThread::id).toList())
                .getResultStream()
                .filter(visible)
                .collect(Collectors.groupingBy(m -> m.thread().id()));
        return threads.stream()
                .filter(t -> byThread.containsKey(t.id()))
                .map(t -> {
                    List<ThreadMessage> messages = byThread.get(t.id());
                    return new ThreadDto(t.id(), t.studentName(), t.staffName(), t.topic(), t.startedAt(), t.isMuted(),
                            unread.applyAsInt(messages), messages.stream().map(m -> MessageDto.of(m, now)).toList());
                })
                .toList();
    }
}
