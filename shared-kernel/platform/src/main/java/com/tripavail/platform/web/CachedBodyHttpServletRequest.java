package com.tripavail.platform.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.web.util.WebUtils;

/**
 * A request whose body has been read completely into memory, so it can be read again (hashed for
 * Idempotency-Key, then parsed by Spring MVC). Bodies are small: {@link RequestBodyLimitFilter}
 * refuses anything above {@code tripavail.web.max-request-bytes} before it gets here.
 */
public final class CachedBodyHttpServletRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    private CachedBodyHttpServletRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** Wraps {@code request} around an already-read body. */
    public static CachedBodyHttpServletRequest of(HttpServletRequest request, byte[] body) {
        return new CachedBodyHttpServletRequest(request, body);
    }

    /**
     * The request as a cached-body request: the existing wrapper if one is in the chain, otherwise a
     * new one holding the body read now (at most {@code maxBytes}; more throws {@link BodyTooLargeException}).
     */
    public static CachedBodyHttpServletRequest cache(HttpServletRequest request, long maxBytes) throws IOException {
        CachedBodyHttpServletRequest existing = WebUtils.getNativeRequest(request, CachedBodyHttpServletRequest.class);
        if (existing != null) {
            return existing;
        }
        return new CachedBodyHttpServletRequest(request, readLimited(request.getInputStream(), maxBytes));
    }

    /** Reads the whole stream, counting; throws {@link BodyTooLargeException} once more than {@code maxBytes} arrive. */
    public static byte[] readLimited(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    public byte[] body() {
        return body.clone();
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("synchronous body only");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    /** The body is larger than the configured limit. */
    public static final class BodyTooLargeException extends IOException {
        private final long maxBytes;

        public BodyTooLargeException(long maxBytes) {
            super("Request body larger than " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }
}
