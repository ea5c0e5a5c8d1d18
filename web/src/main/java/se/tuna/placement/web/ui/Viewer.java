package se.tuna.placement.web.ui;

import java.util.List;

/**
 * The signed-in person as the shared layout shows them: name, roles and their menu.
 *
 * @param name       their name
 * @param roleLabels their roles in Swedish, e.g. "Samordnare, Administratör"
 * @param menu       the pages their roles open
 */
record Viewer(String name, String roleLabels, List<Menu.Item> menu) {
}
