#pragma once
// The bar above every record list: a search box that searches as the officer types (after a short
// pause, so a fast typist costs one query), and the filters — hamlet, làm sạch state and, where
// the kind has one, a category. Ctrl+F puts the cursor in the search box.

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace xaso::desktop {

class ListToolbar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 250;

    explicit ListToolbar(const QString& searchPlaceholder, QWidget* parent = nullptr);

    void setHamlets(const QStringList& codes);
    // Shows the category filter with these (label, key) choices.
    void setCategories(const QString& caption, const QList<std::pair<QString, QString>>& choices);

    QString searchText() const;
    QString hamlet() const;
    std::optional<int> state() const; // the Verification number, or nullopt for every state
    QString category() const;

    QLineEdit* searchBox() const { return m_search; }
    QComboBox* hamletBox() const { return m_hamlet; }
    QComboBox* stateBox() const { return m_state; }
    QComboBox* categoryBox() const { return m_category; }
    // Sets one filter as another screen asks (Workspace::navigate): "hamlet" (code), "verification"
    // (unverified, verified, mismatch, not_found) or "category" (the kind's key); clears the search
    // text so the officer sees the whole filtered list. False when the value is not offered.
    bool applyFilter(const QString& key, const QString& value);
    // Emits a pending search at once (Enter in the box does the same).
    void flushSearch();

signals:
    void searchChanged(const QString& text);
    void filtersChanged();

private:
    QLineEdit* m_search;
    QComboBox* m_hamlet;
    QComboBox* m_state;
    QComboBox* m_category;
    QLabel* m_categoryLabel;
    QTimer* m_debounce;
};

} // namespace xaso::desktop
