<?php
/*
 * Makes a small WordPress export (WXR) with a real WordPress: Debian's `wordpress` package
 * (/usr/share/wordpress), a scratch MariaDB database and a scratch content folder, no wp-cli, no web
 * server. See README.md next to this file.
 *
 *   php make-export.php <database> <content folder> <image.png> <export.xml> [<extra posts>]
 *
 * The database must exist and be empty (root without password at 127.0.0.1:3306).
 */
[$script, $database, $content, $image, $out] = array_slice($argv, 0, 5);
$extra = (int) ($argv[5] ?? 0);

$_SERVER['HTTP_HOST'] = 'harbour.example.org';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REQUEST_METHOD'] = 'GET';
define('ABSPATH', '/usr/share/wordpress/');
define('DB_NAME', $database);
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', '127.0.0.1:3306');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_CONTENT_DIR', $content);
define('WP_HOME', 'https://harbour.example.org');
define('WP_SITEURL', 'https://harbour.example.org');
define('WP_INSTALLING', true);
define('WP_DEBUG', false);
$table_prefix = 'wp_';
require ABSPATH . 'wp-settings.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
require_once ABSPATH . 'wp-admin/includes/export.php';

fwrite(STDERR, "installing\n");
$installed = wp_install('Harbour Aid', 'admin', 'admin@harbour-aid.example.org', true, '', 'scratch-only-password');
update_option('permalink_structure', '/%postname%/');
update_option('timezone_string', 'UTC');
$admin = $installed['user_id'];
// As the administrator, who may write any markup (unfiltered_html): the hostile markup stays in the export.
wp_set_current_user($admin);
$writer = wp_insert_user([
    'user_login' => 'writer', 'user_email' => 'writer@harbour-aid.example.org',
    'user_pass' => 'scratch-only-password', 'display_name' => 'Harbour Writer', 'role' => 'author']);

$health = wp_insert_term('Health', 'category', ['slug' => 'health'])['term_id'];
$climate = wp_insert_term('Climate', 'category', ['slug' => 'climate'])['term_id'];
$coast = wp_insert_term('Coast', 'category', ['slug' => 'coast', 'parent' => $climate])['term_id'];

// Pages with a hierarchy, and one whose slug the site keeps for itself (news)
$about = wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_author' => $admin,
    'post_title' => 'About us', 'post_name' => 'about-us', 'post_date' => '2024-04-01 09:00:00',
    'post_content' => "Harbour Aid helps the people of the harbour.\n\nWe work with fishers, families and schools."]);
$team = wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_author' => $admin,
    'post_parent' => $about, 'post_title' => 'Our team', 'post_name' => 'team', 'post_date' => '2024-04-02 09:00:00',
    'post_content' => '']);
$history = wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_author' => $admin,
    'post_parent' => $team, 'post_title' => 'Our history', 'post_name' => 'history', 'post_date' => '2024-04-03 09:00:00',
    'post_content' => "<!-- wp:paragraph -->\n<p>Founded on the quay, in a shed that still stands.</p>\n<!-- /wp:paragraph -->"]);
$newsPage = wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_author' => $admin,
    'post_title' => 'News', 'post_name' => 'news', 'post_date' => '2024-04-04 09:00:00',
    'post_content' => 'Our latest news.']);

// The picture, uploaded as WordPress does: in the uploads folder, with its sizes
$upload = wp_upload_bits('harbour.png', null, file_get_contents($image), '2024/05');
if (!empty($upload['error'])) {
    fwrite(STDERR, "upload: {$upload['error']}\n");
    exit(1);
}
$picture = wp_insert_attachment(['post_mime_type' => 'image/png', 'post_title' => 'harbour',
    'post_status' => 'inherit', 'post_author' => $admin, 'post_date' => '2024-05-01 08:00:00'],
    $upload['file']);
wp_update_attachment_metadata($picture, wp_generate_attachment_metadata($picture, $upload['file']));
update_post_meta($picture, '_wp_attachment_image_alt', 'Boats in the harbour at dawn');
$pictureUrl = wp_get_attachment_url($picture);

// Posts: one published with categories, tags, a featured image, links to the site's own pages and
// posts (permalinks and ?p=), a picture in the text and hostile markup; a draft; one in the trash;
// one with a non-Latin title.
$storm = wp_insert_post(['post_type' => 'post', 'post_status' => 'draft', 'post_author' => $writer,
    'post_title' => 'Storm season', 'post_name' => 'storm-season', 'post_date' => '2024-05-10 10:00:00',
    'post_content' => 'Boats stay in port until the wind drops.', 'post_category' => [$coast]]);
$water = wp_insert_post(['post_type' => 'post', 'post_status' => 'publish', 'post_author' => $writer,
    'post_title' => 'Clean water for the harbour', 'post_name' => 'clean-water',
    'post_date' => '2024-05-06 10:00:00', 'post_category' => [$health], 'tags_input' => ['water', 'boats'],
    'post_content' => "Three new pumps now serve the harbour.\n\n"
        . '<img class="wp-image-' . $picture . '" src="' . $pictureUrl . '" alt="Boats in the harbour at dawn" width="64" height="48">' . "\n\n"
        . 'Read <a href="' . get_permalink($about) . '">about us</a> and the <a href="https://harbour.example.org/?p=' . $storm . '">storm season</a> plan.'
        . "\n\n" . '<a href="javascript:alert(1)" onclick="alert(2)">Donate</a><script>alert(3)</script>']);
set_post_thumbnail($water, $picture);
wp_update_post(['ID' => $team, 'post_content' =>
    'Meet the team behind <a href="' . get_permalink($about) . '">Harbour Aid</a>. Read about <a href="'
    . get_permalink($water) . '">clean water</a> or <a href="https://elsewhere.example.net/about-us/">our partners</a>.']);
$old = wp_insert_post(['post_type' => 'post', 'post_status' => 'publish', 'post_author' => $admin,
    'post_title' => 'Old appeal', 'post_name' => 'old-appeal', 'post_date' => '2023-01-01 10:00:00',
    'post_content' => 'An appeal that ended.']);
wp_trash_post($old);
wp_insert_post(['post_type' => 'post', 'post_status' => 'publish', 'post_author' => $admin,
    'post_title' => 'Le port en fête', 'post_date' => '2024-06-01 10:00:00', 'post_category' => [$climate],
    'post_content' => "La fête du port réunit pêcheurs et familles.\n\nÀ l'année prochaine !"]);

// A menu, which the import leaves out
$menu = wp_create_nav_menu('Main');
wp_update_nav_menu_item($menu, 0, ['menu-item-title' => 'Home', 'menu-item-url' => home_url('/'), 'menu-item-status' => 'publish']);

for ($i = 1; $i <= $extra; $i++) {
    wp_insert_post(['post_type' => 'post', 'post_status' => 'publish', 'post_author' => $writer,
        'post_title' => "Harbour note $i", 'post_date' => date('Y-m-d H:i:s', strtotime('2020-01-01') + $i * 7200),
        'post_category' => [$i % 2 ? $health : $climate], 'tags_input' => ['note', 'week-' . ($i % 52)],
        'post_content' => "Note $i from the harbour.\n\nThe tide, the boats and the market this week. See <a href=\""
            . get_permalink($about) . "\">about us</a>.\n\n" . str_repeat("A longer paragraph about the quay and its people. ", 20)]);
    if ($i % 500 === 0) {
        fwrite(STDERR, "$i posts\n");
    }
}

fwrite(STDERR, "exporting\n");
ob_start();
export_wp(['content' => 'all']);
file_put_contents($out, ob_get_clean());
fwrite(STDERR, 'wrote ' . filesize($out) . " bytes\n");
