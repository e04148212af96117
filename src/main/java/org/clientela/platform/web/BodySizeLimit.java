package org.clientela.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses API request bodies larger than {@code clientela.api.max-json-bytes} with 413 and a
 * problem detail, before anything parses them. A declared {@code Content-Length} is checked
 * before a byte is read; a body without one (chunked) is read up to the limit and refused as soon
 * as it passes it, so a client cannot avoid the limit by not saying how much it sends. CSV
 * uploads ({@code text/csv}, imports of up to gigabytes that are streamed to disk), backup archives
 * restored over the API ({@code application/zip}, streamed to disk as well) and multipart
 * forms (bounded by the multipart settings) are not limited here.
 */
class BodySizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    BodySizeLimit(long maxBytes, MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.maxBytes = maxBytes;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType mediaType = MediaType.parseMediaType(type);
            return mediaType.isCompatibleWith(MediaType.parseMediaType("text/csv"))
                    || mediaType.isCompatibleWith(MediaType.parseMediaType("application/zip"))
                    || mediaType.isCompatibleWith(MediaType.MULTIPART_FORM_DATA);
        } catch (RuntimeException unparseable) {
            return false;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(request, response);
            return;
        }
        if (declared >= 0 || !mayHaveBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    /** Without a length, only a chunked request, or one whose method carries a body, sends one. */
    private static boolean mayHaveBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null
                || !Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod());
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://clientela.org/problems/too-large");
        problem.put("title", messages.getMessage("problem.tooLarge.title", null, locale));
        problem.put("status", HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        problem.put("detail", messages.getMessage("problem.tooLarge.detail", new Object[] {maxBytes}, locale));
        problem.put("instance", request.getRequestURI());
        problem.put("maxBytes", maxBytes);
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // The rest of the body is not read: tell the client the connection ends here.
        response.setHeader("Connection", "close");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /** The request with its already-read (and counted) body. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
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
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
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
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }
    }
}
