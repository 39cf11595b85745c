package org.meridian.app.demo;

import java.util.List;
import org.meridian.content.ContentType;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The news of the three demo offices that publish in Arabic, Spanish and Portuguese, so that every
 * language of the public site and right-to-left pages show out of the box. Written for Meridian;
 * every person and place name here is fictional or generic.
 */
final class DemoWorldTexts {

  static final LanguageTag AR = new LanguageTag("ar");
  static final LanguageTag ES = new LanguageTag("es");
  static final LanguageTag PT = new LanguageTag("pt");

  private DemoWorldTexts() {}

  private static DemoTexts.Item news(
      LanguageTag lang, String slug, String title, String summary, String body) {
    return new DemoTexts.Item(ContentType.NEWS, lang, slug, title, summary, body);
  }

  static List<DemoTexts.Item> jordan() {
    return List.of(
        news(
            AR,
            "water-for-host-towns",
            "مياه نظيفة لبلدات الاستضافة في الشمال",
            "شبكة جديدة توصل المياه إلى ثلاثة آلاف أسرة في البلدات التي تستضيف عائلات نازحة.",
            "<p>أنهت فرق المكتب هذا الأسبوع مدّ شبكة مياه بطول اثني عشر كيلومترًا تربط ثلاث"
                + " بلدات في الشمال بمحطة الضخ الرئيسية. وقد شاركت المجالس المحلية في اختيار"
                + " المسار حتى تصل المياه إلى الأحياء الأكثر حاجة أولًا.</p>"
                + "<h2>ما الذي تغيّر</h2><ul><li>مياه متوفرة ست ساعات يوميًا بدلًا من ساعتين</li>"
                + "<li>تدريب عشرين فنيًا من البلدات على الصيانة</li></ul>"
                + "<blockquote><p>لم نعد ننتظر الصهاريج كل صباح.</p></blockquote>"),
        news(
            AR,
            "skills-for-young-women",
            "برنامج مهارات رقمية للشابات",
            "مئة وخمسون شابة يبدأن تدريبًا مدته ستة أشهر في التصميم والبرمجة.",
            "<p>يفتح المركز المجتمعي أبوابه مساءً لتتمكن المتدربات من الجمع بين الدراسة"
                + " والعمل. ويرافق كل مجموعة مرشدة من القطاع الخاص.</p>"),
        news(
            AR,
            "safe-return-dialogue",
            "حوار وطني حول العودة الآمنة والكريمة",
            "ممثلون عن الحكومة والمجتمع المدني يتفقون على خطوات لدعم العائدين.",
            "<p>استمر الحوار يومين وخلص إلى خطة عمل تشمل الدعم النفسي والاجتماعي وفرص"
                + " العمل للعائدين وأسرهم.</p>"));
  }

  static List<DemoTexts.Item> peru() {
    return List.of(
        news(
            ES,
            "ferias-de-empleo-andinas",
            "Ferias de empleo llegan a tres provincias andinas",
            "Más de cuarenta empresas ofrecieron puestos a personas migrantes y a jóvenes de la"
                + " zona.",
            "<p>Las ferias se organizaron con los gobiernos provinciales y las cámaras de"
                + " comercio. Cada visitante recibió orientación sobre sus derechos laborales y"
                + " sobre cómo validar sus estudios.</p><h2>Próximas fechas</h2><p>Las siguientes"
                + " ferias se anunciarán en esta página y en las radios comunitarias.</p>"
                + "<blockquote><p>Vine a mirar y salí con una entrevista para el lunes.</p>"
                + "</blockquote>"),
        news(
            ES,
            "albergues-frontera-norte",
            "Mejoras en los albergues de la frontera norte",
            "Nuevas cocinas, duchas y espacios para niñas y niños en dos albergues de paso.",
            "<p>Las obras se hicieron con mano de obra local y terminaron antes de la temporada"
                + " de lluvias.</p>"),
        news(
            ES,
            "datos-movilidad-2026",
            "Publicamos los datos de movilidad del primer semestre",
            "Un tablero abierto muestra cuántas personas cruzan, por dónde y con qué necesidades.",
            "<p>Los datos se recogen cada mes en seis puntos de monitoreo y se publican sin"
                + " información que permita identificar a nadie.</p>"));
  }

  static List<DemoTexts.Item> mozambique() {
    return List.of(
        news(
            PT,
            "abrigos-apos-ciclone",
            "Abrigos reforçados para famílias afetadas pelo ciclone",
            "Mil e duzentas famílias recebem kits de reconstrução e formação em técnicas"
                + " resistentes ao vento.",
            "<p>As equipas do escritório trabalham com os comités de bairro para decidir quem"
                + " recebe primeiro. Cada kit inclui ferramentas, chapas e fixações reforçadas.</p>"
                + "<h2>Próximos passos</h2><p>A segunda fase começa no próximo mês nas zonas"
                + " costeiras.</p><blockquote><p>Desta vez o telhado vai aguentar.</p>"
                + "</blockquote>"),
        news(
            PT,
            "saude-nas-rotas-migratorias",
            "Postos de saúde móveis nas rotas migratórias",
            "Duas clínicas móveis passam a atender viajantes e comunidades ao longo do corredor"
                + " norte.",
            "<p>As clínicas oferecem vacinação, consultas e encaminhamento para os centros de"
                + " saúde distritais.</p>"),
        news(
            PT,
            "jovens-e-empreendedorismo",
            "Jovens empreendedores recebem apoio para os seus negócios",
            "Sessenta projetos selecionados recebem formação em gestão e um pequeno capital"
                + " inicial.",
            "<p>A seleção foi feita por um júri com representantes do município, de"
                + " associações juvenis e de empresas locais.</p>"));
  }
}
