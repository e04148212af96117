package org.clientela.sales.web;

/** A query parameter of the figures that cannot be read: a 400 naming it, or a message next to its field. */
class FigureParameterException extends RuntimeException {

    final String parameter;
    final String messageKey;

    FigureParameterException(String parameter, String messageKey) {
        super("bad parameter " + parameter);
        this.parameter = parameter;
        this.messageKey = messageKey;
    }
}
