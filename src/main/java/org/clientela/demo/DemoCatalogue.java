package org.clientela.demo;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** What the demo business sells: a cash-and-carry for bars, shops and offices. */
final class DemoCatalogue {

    record Product(String sku, String name, String category, BigDecimal price) {}

    static final List<String> CATEGORIES =
            List.of("Café", "Té", "Bollería", "Lácteos", "Conservas", "Limpieza", "Papelería");

    static final List<Product> PRODUCTS = List.of(
            product("CAF-001", "Café molido natural 1 kg", "Café", "14.90"),
            product("CAF-002", "Café en grano mezcla 1 kg", "Café", "16.50"),
            product("CAF-003", "Cápsulas café intenso x50", "Café", "12.75"),
            product("CAF-004", "Café descafeinado 500 g", "Café", "8.40"),
            product("TE-001", "Té verde x100", "Té", "6.95"),
            product("TE-002", "Rooibos x50", "Té", "4.80"),
            product("TE-003", "Poleo menta x100", "Té", "5.20"),
            product("BOL-001", "Croissant de mantequilla x24", "Bollería", "18.60"),
            product("BOL-002", "Napolitana de chocolate x24", "Bollería", "19.80"),
            product("BOL-003", "Magdalenas x36", "Bollería", "11.25"),
            product("BOL-004", "Bizcocho de millo", "Bollería", "3.95"),
            product("LAC-001", "Leche entera 6 x 1 L", "Lácteos", "6.30"),
            product("LAC-002", "Leche sin lactosa 6 x 1 L", "Lácteos", "7.45"),
            product("LAC-003", "Nata para montar 1 L", "Lácteos", "4.10"),
            product("LAC-004", "Queso tierno majorero 1 kg", "Lácteos", "13.80"),
            product("CON-001", "Atún en aceite pack 6", "Conservas", "7.95"),
            product("CON-002", "Mojo picón 250 ml", "Conservas", "2.65"),
            product("CON-003", "Garbanzos cocidos 3 kg", "Conservas", "5.40"),
            product("CON-004", "Aceitunas aliñadas 1,5 kg", "Conservas", "6.20"),
            product("LIM-001", "Lavavajillas 5 L", "Limpieza", "9.90"),
            product("LIM-002", "Bayetas x10", "Limpieza", "3.45"),
            product("LIM-003", "Lejía 5 L", "Limpieza", "4.25"),
            product("LIM-004", "Papel de cocina x12", "Limpieza", "11.60"),
            product("PAP-001", "Folios A4 500 hojas", "Papelería", "4.95"),
            product("PAP-002", "Bolígrafos azules x50", "Papelería", "8.70"),
            product("PAP-003", "Rollos de TPV x50", "Papelería", "14.30"),
            product("PAP-004", "Servilletas 30 x 30 x1000", "Papelería", "9.80"));

    private DemoCatalogue() {}

    static List<Product> in(String category) {
        return PRODUCTS.stream().filter(p -> p.category().equals(category)).toList();
    }

    static Product cheapestIn(String category) {
        return in(category).stream().min(Comparator.comparing(Product::price)).orElseThrow();
    }

    private static Product product(String sku, String name, String category, String price) {
        return new Product(sku, name, category, new BigDecimal(price));
    }
}
