package org.clientela.platform.web;

import java.beans.PropertyEditorSupport;
import java.util.List;
import org.clientela.platform.TextInput;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The net under every text field: no text with a control character (a NUL, which PostgreSQL
 * cannot store, or any other C0 control but tab and line breaks) gets past the request, whatever
 * field it is in and whether or not that field has its own {@link org.clientela.platform.CleanText}
 * check. In a JSON body it is a 400 naming the field; in a form or a parameter, a binding error of
 * that field ({@code typeMismatch.java.lang.String}), shown next to it. Lengths stay with each
 * field, which knows its column.
 */
@Configuration
class ControlFreeText implements WebMvcConfigurer {

    /**
     * Every JSON string of a request body read through this deserializer: only the converter of
     * requests and responses gets it, so that JSON the application wrote itself (audit, signals)
     * reads back as it was.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        JacksonModule strings = new SimpleModule("control-free-strings").addDeserializer(String.class, new Strings());
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof JacksonJsonHttpMessageConverter json) {
                converters.set(
                        i,
                        new JacksonJsonHttpMessageConverter(
                                json.getMapper().rebuild().addModule(strings)));
            }
        }
        // Bytes go out as they are, ahead of JSON: the OpenAPI document is a byte[] of JSON, which the
        // JSON converter would otherwise write as one base64 string that the API docs page cannot read.
        converters.removeIf(ByteArrayHttpMessageConverter.class::isInstance);
        converters.add(0, new ByteArrayHttpMessageConverter());
    }

    /** Every form field and request parameter bound as text through this editor. */
    @ControllerAdvice
    static class Binding {

        @InitBinder
        void controlFree(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new Editor());
        }
    }

    /** A JSON string with a control character: {@link ApiProblemHandler} says so for its field. */
    static final class ControlCharacterException extends InvalidFormatException {

        ControlCharacterException(JsonParser parser, String value) {
            super(parser, "Text with a control character", value, String.class);
        }
    }

    /**
     * A form field or parameter with a control character: a field error where the form binds to an
     * object, and where it is a plain parameter the error page says what is wrong ({@link ErrorAnswers}).
     */
    static final class ControlCharacterInText extends IllegalArgumentException {

        ControlCharacterInText() {
            super("Text with a control character");
        }
    }

    private static final class Strings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (value != null && TextInput.hasControl(value, true)) {
                throw new ControlCharacterException(parser, value);
            }
            return value;
        }
    }

    private static final class Editor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text != null && TextInput.hasControl(text, true)) {
                throw new ControlCharacterInText();
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
