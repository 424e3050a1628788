package org.externship.portal.messaging.boundary;

import jakarta.persistence.EntityManager;
import org.externship.portal.messaging.entity.MessageThread;
import org.externship.portal.messaging.entity.ThreadMessage;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Threads as one side reads them: DTOs with their messages, read in one query for all of them, and read marks. */
final class ThreadViews {

    /** Who reads: what they see of a thread and what is unread for them. */
    enum Reader {
        /** The student sees every message of their threads, their own held ones too. */
        STUDENT,
        /** The staff member sees their own messages and the student's from their delivery on. */
        STAFF;

        boolean sees(ThreadMessage m, Instant now) {
            return this == STUDENT || !m.isFromStudent() || m.isDelivered(now);
        }

        /** The other side's message, delivered after this side last read the thread (muting aside). */
        boolean unseen(ThreadMessage m) {
            Instant read = this == STUDENT ? m.thread().studentReadAt() : m.thread().staffReadAt();
            return m.isFromStudent() == (this == STAFF) && (read == null || m.deliverAt().isAfter(read));
        }

        /** What the thread counts unread: nothing in a thread its staff member muted. */
        int unread(MessageThread thread, List<ThreadMessage> messages) {
            return this == STAFF && thread.isMuted() ? 0 : (int) messages.stream().filter(this::unseen).count();
        }

        void read(MessageThread thread, Instant at) {
            if (this == STUDENT) {
                thread.readByStudent(at);
            } else {
                thread.readByStaff(at);
            }
        }
    }

    private ThreadViews() {
    }

    /** {@code threads} as {@code reader} sees them at {@code now}, oldest message first; a thread left empty is not. */
    static List<ThreadDto> of(EntityManager em, List<MessageThread> threads, Reader reader, Instant now) {
        return dtos(shown(em, threads, reader, now), reader, now);
    }

    /**
     * {@code threads} as {@code reader} sees them at {@code now}, with what was unread until now; then everything
     * shown is read (only threads with something unseen change).
     */
    static List<ThreadDto> read(EntityManager em, List<MessageThread> threads, Reader reader, Instant now) {
        Map<MessageThread, List<ThreadMessage>> shown = shown(em, threads, reader, now);
        List<ThreadDto> dtos = dtos(shown, reader, now);
        shown.forEach((thread, messages) -> {
            if (messages.stream().anyMatch(reader::unseen)) {
                reader.read(thread, now);
            }
        });
        return dtos;
    }

    private static Map<MessageThread, List<ThreadMessage>> shown(EntityManager em, List<MessageThread> threads,
                                                                 Reader reader, Instant now) {
        if (threads.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ThreadMessage>> byThread = em.createNamedQuery(ThreadMessage.OF_THREADS, ThreadMessage.class)
                .setParameter("threads", threads.stream().map(MessageThread::id).toList())
                .getResultStream()
                .filter(m -> reader.sees(m, now))
                .collect(Collectors.groupingBy(m -> m.thread().id()));
        Map<MessageThread, List<ThreadMessage>> shown = new LinkedHashMap<>();
        threads.stream().filter(t -> byThread.containsKey(t.id())).forEach(t -> shown.put(t, byThread.get(t.id())));
        return shown;
    }

    private static List<ThreadDto> dtos(Map<MessageThread, List<ThreadMessage>> shown, Reader reader, Instant now) {
        return shown.entrySet().stream()
                .map(e -> {
                    MessageThread t = e.getKey();
                    return new ThreadDto(t.id(), t.studentName(), t.staffName(), t.topic(), t.startedAt(),
                            t.isMuted(), reader.unread(t, e.getValue()),
                            e.getValue().stream().map(m -> MessageDto.of(m, now)).toList());
                })
                .toList();
    }
}
