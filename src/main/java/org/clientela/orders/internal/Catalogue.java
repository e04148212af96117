package org.clientela.orders.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clientela.platform.TextFolding;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Categories and products met during an import: found by name key or SKU, created on first
 * sight. "Café" and "cafe" are one category. Works a chunk at a time with a few set-based
 * statements. One instance serves one import, inside its transaction, so the ids it learns never
 * outlive a rollback. The ids it knows may be read on another thread (the import's encoder) while
 * the transaction's thread adds those of the next chunk's new products.
 */
class Catalogue {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Map<String, Long> categories = new ConcurrentHashMap<>();
    private final Map<String, Long> products = new ConcurrentHashMap<>();
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    Catalogue(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Makes sure every category and SKU of these lines has an id. */
    void prepare(List<OrderRows.Line> lines) {
        Map<String, String> newCategories = new LinkedHashMap<>();
        Map<String, OrderRows.Line> newProducts = new LinkedHashMap<>();
        for (OrderRows.Line line : lines) {
            if (line.category() != null && !categories.containsKey(key(line.category()))) {
                newCategories.putIfAbsent(key(line.category()), line.category());
            }
            if (line.sku() != null && !products.containsKey(line.sku())) {
                newProducts.putIfAbsent(line.sku(), line);
            }
        }
        if (!newCategories.isEmpty()) {
            loadCategories(newCategories.keySet());
            newCategories.keySet().removeAll(categories.keySet());
            template.batchUpdate(
                    "INSERT INTO product_category (name, name_key) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    newCategories.entrySet().stream()
                            .map(e -> new Object[] {e.getValue(), e.getKey()})
                            .toList());
            loadCategories(newCategories.keySet());
        }
        if (!newProducts.isEmpty()) {
            loadProducts(newProducts.keySet());
            newProducts.keySet().removeAll(products.keySet());
            template.batchUpdate(
                    "INSERT INTO product (sku, name, category_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    newProducts.values().stream()
                            .map(l -> new Object[] {
                                l.sku(), l.description() == null ? l.sku() : l.description(), categoryId(l.category())
                            })
                            .toList());
            loadProducts(newProducts.keySet());
        }
    }

    Long categoryId(String category) {
        return category == null ? null : categories.get(key(category));
    }

    Long productId(String sku) {
        return sku == null ? null : products.get(sku);
    }

    private void loadCategories(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT id, name_key FROM product_category WHERE name_key IN (:keys)")
                .param("keys", List.copyOf(keys))
                .query((rs, n) -> categories.put(rs.getString(2), rs.getLong(1)))
                .list();
    }

    private void loadProducts(Collection<String> skus) {
        if (skus.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT id, sku FROM product WHERE sku IN (:skus)")
                .param("skus", List.copyOf(skus))
                .query((rs, n) -> products.put(rs.getString(2), rs.getLong(1)))
                .list();
    }

    /** The category's key; a file names few categories many times, so each is folded once. */
    private String key(String category) {
        return keys.computeIfAbsent(category, TextFolding::fold);
    }
}
