package org.externship.portal.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP proxy in front of a real server (Keycloak) that a test switches between three states: {@link #pass()}
 * forwards everything; {@link #hang()} is a stopped process whose port stays open (connections are accepted, nothing
 * is ever answered, and connections already open fall silent); {@link #refuse()} is a process that is gone
 * (connections are refused, those open are cut).
 */
final class ToggleProxy implements AutoCloseable {

    private enum State { PASS, HANG, REFUSE }

    private final int port;
    private final int targetPort;
    private final List<Socket> connections = new ArrayList<>();
    private volatile State state = State.PASS;
    private ServerSocket listening;

    ToggleProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.port = RunningPortal.freePort();
        listen();
    }

    int port() {
        return port;
    }

    synchronized void pass() throws IOException {
        state = State.PASS;
        if (listening == null) {
            listen();
        }
    }

    synchronized void hang() throws IOException {
        state = State.HANG;
        if (listening == null) {
            listen();
        }
        // connections already open (kept alive by an HTTP client) go silent: their server side is cut
        for (Socket connection : connections) {
            if (connection.getLocalPort() != port) {
                connection.close();
            }
        }
    }

    synchronized void refuse() throws IOException {
        state = State.REFUSE;
        if (listening != null) {
            listening.close();
            listening = null;
        }
        closeConnections();
    }

    private void listen() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        listening = socket;
        Thread acceptor = new Thread(() -> accept(socket), "proxy-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(ServerSocket socket) {
        try {
            while (true) {
                Socket client = socket.accept();
                synchronized (this) {
                    connections.add(client);
                    if (state == State.PASS) {
                        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                        connections.add(server);
                        pump(client, server);
                        pump(server, client);
                    }
                    // HANG: the connection stays open, unread and unanswered, until the test ends
                }
            }
        } catch (IOException closed) {
            // refused or closed: this listener is over
        }
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    if (state != State.PASS) {
                        return;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (SocketException cut) {
                // one side went away
            } catch (IOException e) {
                // same
            } finally {
                try {
                    to.shutdownOutput();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "pump-" + from.getPort() + "-" + to.getPort());
        pump.setDaemon(true);
        pump.start();
    }

    private void closeConnections() {
        for (Socket connection : connections) {
            try {
                connection.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
        connections.clear();
    }

    @Override
    public synchronized void close() throws IOException {
        if (listening != null) {
            listening.close();
        }
        closeConnections();
    }
}
