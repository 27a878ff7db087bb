"""Spanish translations of some demo case studies and best practices.

Only the text is translated; numbers, years, links, cities and classification come from the
English seeds (see ``seeds.CaseStudyTranslation``). Lists run parallel to the English ones.
The demo translates into Spanish only (``academy.demo.build.TRANSLATED_LANGUAGES``).
"""

from .seeds import BestPracticeTranslation, CaseStudyTranslation, Step, p, ul

NOTA_COSTOS = (
    "El rango de costo típico es un orden de magnitud ilustrativo derivado de los estudios de "
    "caso enlazados, no una encuesta de costos; los precios locales varían mucho."
)

CASE_STUDIES = [
    # Rosario -------------------------------------------------------------------------------
    CaseStudyTranslation(
        slug="rosario-urban-agriculture",
        title="Programa de Agricultura Urbana de Rosario: de la respuesta a la crisis a la "
        "resiliencia climática",
        summary=(
            "Nacido tras el colapso económico de 2001 para que las familias cultivaran "
            "alimentos en terrenos baldíos, el programa de agricultura urbana de Rosario "
            "gestiona hoy parques huerta, ferias agroecológicas y un cinturón verde "
            "periurbano protegido, y ganó en 2021 el Premio WRI Ross Center para Ciudades."
        ),
        tags=(
            "agricultura urbana",
            "agroecología",
            "seguridad alimentaria",
            "terrenos baldíos",
            "cinturón verde",
        ),
        challenge=p(
            "La crisis de 2001 dejó a una cuarta parte de la población de Rosario sin empleo "
            "y a más de la mitad bajo la línea de pobreza. Los precios de los alimentos se "
            "dispararon mientras terrenos baldíos, franjas ferroviarias y ribereñas y zonas "
            "inundables seguían sin uso. Más tarde, las lluvias récord de 2007 y las olas de "
            "calor mostraron lo expuestos que estaban los bordes más pobres de la ciudad."
        ),
        objectives=ul(
            "Ayudar a las familias de bajos ingresos a producir alimentos sanos y a obtener "
            "ingresos.",
            "Dar un uso productivo y permanente a terrenos baldíos e inundables.",
            "Proteger las tierras agrícolas que rodean la ciudad y acortar las cadenas de "
            "suministro de alimentos.",
        ),
        solution=p(
            "El <b>Programa de Agricultura Urbana</b> de la municipalidad dio a las huerteras y "
            "los huerteros herramientas, semillas, capacitación en métodos agroecológicos (sin "
            "plaguicidas químicos) y uso seguro de terrenos públicos y privados desocupados. "
            "Con el tiempo se convirtió en <b>parques huerta</b> permanentes en barrios de "
            "bajos ingresos, diseñados como parques públicos con parcelas de producción; en "
            "agroindustrias sociales; y en ferias agroecológicas semanales donde se vende "
            "directamente. La planificación territorial protege ahora un cinturón verde "
            "periurbano para la producción de alimentos, y el programa forma parte del plan "
            "climático de la ciudad, porque la tierra cultivada absorbe el agua de lluvia y "
            "refresca su entorno."
        ),
        results=p(
            "La ciudad informa 75 hectáreas dentro de Rosario dedicadas a la producción de "
            "alimentos y a huertas, otras 800 hectáreas preservadas para la agricultura en "
            "torno a la ciudad, más de 2.400 familias con huerta y siete espacios de feria "
            "permanentes; estima que las emisiones del transporte de hortalizas se redujeron "
            "hasta un 95 % frente a los productos traídos de lejos. En junio de 2021 el "
            "programa ganó el gran premio de 250.000 dólares del Premio WRI Ross Center para "
            "Ciudades, entre 262 postulaciones de 54 países."
        ),
        lessons_learned=ul(
            "Veinte años de continuidad entre gestiones permitieron que una medida de crisis "
            "se convirtiera en infraestructura.",
            "La tenencia segura de la tierra (convenios y zonificación) fue lo que convirtió "
            "las huertas en un medio de vida duradero.",
            "La venta directa en ferias dio a los huerteros mejores precios que la venta "
            "mayorista e hizo visible el programa para toda la ciudad.",
        ),
        transferability=p(
            "Para ciudades con terrenos baldíos o inundables y hogares que necesitan ingresos. "
            "Requiere una vía legal para ceder tierra por años, no por meses; técnicos "
            "formados en agroecología; agua para riego; espacios de feria; y una zonificación "
            "que proteja las tierras agrícolas periurbanas de la expansión urbana."
        ),
        indicators=(
            (
                "Tierra dentro de la ciudad dedicada a la producción de alimentos y huertas",
                "hectáreas",
                "Municipalidad de Rosario, citada por Cities Today (junio de 2021)",
            ),
            (
                "Tierra periurbana preservada para la agricultura",
                "hectáreas",
                "Municipalidad de Rosario, citada por Cities Today (junio de 2021)",
            ),
            ("Familias con huerta propia", "familias", "Premio WRI Ross Center (2021)"),
            (
                "Espacios de feria agroecológica permanentes",
                "ferias",
                "Municipalidad de Rosario, citada por Cities Today (junio de 2021)",
            ),
        ),
        funding=(
            "Municipalidad de Rosario",
            "Programa nacional ProHuerta (INTA), semillas y capacitación",
            "Premio WRI Ross Center para Ciudades (250.000 dólares, 2021)",
        ),
        partner_roles=(
            "Responsable del programa",
            "Semillas y apoyo técnico",
            "Producción y ferias",
        ),
        illustrative_note=(
            "El papel de los programas nacionales se resume a partir de historias del "
            "programa; las cifras son las de la ciudad, publicadas con el premio de 2021."
        ),
    ),
    # Cali ------------------------------------------------------------------------------------
    CaseStudyTranslation(
        slug="cali-plan-jarillon-cauca-levee",
        title="Plan Jarillón: hacer seguro el dique del río Cauca",
        summary=(
            "Después de que las inundaciones de La Niña de 2010–2011 mostraran que el dique "
            "de 26 km de Cali sobre el Cauca podía fallar, la ciudad y el gobierno nacional "
            "empezaron a reforzarlo y a reasentar a las miles de familias que vivían sobre él."
        ),
        tags=(
            "riesgo de inundación",
            "dique",
            "reasentamiento",
            "seguridad del abastecimiento de agua",
        ),
        challenge=p(
            "El <i>jarillón</i>, un dique de tierra construido en 1958 a lo largo de la margen "
            "derecha del río Cauca, protege el oriente de Cali. Durante décadas lo ocuparon "
            "familias sin otro lugar adonde ir; las viviendas, los escombros, las hormigas "
            "arrieras y las madrigueras lo debilitaron. Durante las lluvias de La Niña de "
            "2010–2011 aparecieron seis puntos críticos. Una ruptura inundaría comunas donde "
            "viven cientos de miles de personas y podría dejar fuera de servicio las plantas "
            "que abastecen la mayor parte del agua potable de la ciudad."
        ),
        objectives=ul(
            "Reforzar el dique a lo largo de sus 26,1 km hasta un nivel de seguridad adecuado.",
            "Reasentar a las familias que viven sobre él, de forma voluntaria y con "
            "acompañamiento, e impedir que la franja liberada vuelva a ocuparse.",
            "Proteger la infraestructura de agua y drenaje del oriente de la ciudad.",
        ),
        solution=p(
            "El <b>Plan Jarillón de Cali</b> combina ingeniería y vivienda. El Fondo "
            "Adaptación, creado por el gobierno nacional después de La Niña, financia la mayor "
            "parte de las obras; la autoridad ambiental regional (CVC) refuerza el dique; la "
            "empresa municipal EMCALI mejora el drenaje; y la Alcaldía lleva el componente "
            "social. Un censo contó 8.777 familias sobre el dique. A las familias se les "
            "ofrecen apartamentos en nuevos proyectos de vivienda como Potrero Grande, Llano "
            "Verde y Ramalí, subsidios de arriendo o apoyo a pequeños negocios, con "
            "acompañamiento social antes y después del traslado. En 2015 el Concejo "
            "comprometió unos 96.000 millones de pesos para 2016–2018 en reasentamiento, "
            "medios de vida, educación y vías de acceso."
        ),
        results=p(
            "En marzo de 2017 se habían liberado de asentamientos 13,7 de los 26,1 km y había "
            "empezado el reforzamiento en los tramos despejados. En enero de 2018 el plan "
            "informaba que 3.240 familias se habían trasladado, la mayoría a nuevos proyectos "
            "de vivienda. El avance ha sido más lento de lo previsto: algunas familias no "
            "están de acuerdo con las compensaciones ofrecidas y en algunos lugares la tierra "
            "liberada se ha vuelto a ocupar."
        ),
        lessons_learned=ul(
            "Las obras no pueden empezar hasta que la gente se traslada, así que el programa "
            "social marca el ritmo de todo el plan.",
            "Una fecha de censo y una regla de elegibilidad publicada protegen el plan frente "
            "a nuevas llegadas, pero hay que explicarlas una y otra vez.",
            "La tierra liberada necesita un uso inmediato y vigilancia, o vuelve a ocuparse.",
        ),
        transferability=p(
            "Útil para cualquier ciudad con personas que viven sobre defensas contra "
            "inundaciones o en franjas de alto riesgo. Requiere un censo confiable, viviendas "
            "listas antes de los traslados, un presupuesto plurianual para el componente "
            "social (no solo para las obras) y una gerencia con autoridad sobre la empresa de "
            "servicios, la autoridad ambiental y la entidad de vivienda."
        ),
        indicators=(
            (
                "Familias reasentadas desde el dique",
                "familias",
                "Gerente del Plan Jarillón, citado por El Tiempo (enero de 2018)",
            ),
            (
                "Longitud del dique liberada de asentamientos",
                "km",
                "Gerente del Plan Jarillón, citado por El Tiempo (marzo de 2017)",
            ),
        ),
        cost_note=(
            "Compromiso municipal solo para el componente social 2016–2018; el Fondo "
            "Adaptación financia la mayor parte de las obras"
        ),
        funding=(
            "Fondo Adaptación (gobierno nacional)",
            "Alcaldía de Santiago de Cali (compromiso presupuestal plurianual)",
            "CVC, autoridad ambiental regional",
            "EMCALI, empresa municipal de servicios",
        ),
        partner_roles=(
            "Financiador nacional de las obras",
            "Obras del dique",
            "Drenaje y abastecimiento de agua",
            "Reasentamiento y programa social",
        ),
        illustrative_note=(
            "Las cifras de avance provienen de notas de prensa de 2017 y 2018 y difieren "
            "según la fuente; las cifras actuales deben tomarse de los informes del propio "
            "Plan Jarillón."
        ),
    ),
    # Renca -----------------------------------------------------------------------------------
    CaseStudyTranslation(
        slug="renca-cerros-metropolitan-park",
        title="Cerros de Renca: convertir cerros abandonados en un parque metropolitano",
        summary=(
            "Renca, comuna popular del Gran Santiago con pocas áreas verdes, está "
            "transformando las 200 hectáreas que tiene en sus cerros en un parque "
            "metropolitano, según un plan maestro a 30 años construido con más de 7.000 "
            "vecinas y vecinos."
        ),
        tags=(
            "cerros isla",
            "parque metropolitano",
            "participación ciudadana",
            "incendios forestales",
            "equidad en áreas verdes",
        ),
        challenge=p(
            "El sector norponiente de Santiago tiene menos de 3 m² de parques y plazas por "
            "habitante, mientras que el oriente acomodado supera los 9. Sin embargo, Renca "
            "está enmarcada por los Cerros de Renca, un conjunto de 839 hectáreas (el cerro "
            "Renca alcanza 906 m) que comparte con Quilicura. Los cerros estaban pelados, "
            "llenos de microbasurales y se quemaban casi todos los veranos, amenazando las "
            "viviendas de abajo."
        ),
        objectives=ul(
            "Crear un parque metropolitano al servicio de todo el norponiente de la ciudad.",
            "Recuperar la vegetación nativa y reducir el riesgo de incendios y remociones en masa.",
            "Planificarlo con la comunidad y ejecutarlo por etapas a lo largo de 30 años.",
        ),
        solution=p(
            "Tras obtener el segundo lugar en el concurso del Gobierno Regional de 2014 para "
            "convertir uno de los cerros isla de Santiago en parque, la Municipalidad siguió "
            "adelante en las 207 hectáreas que administra. Encargó un <b>plan maestro</b> al "
            "Premio Nacional de Arquitectura Teodoro Fernández y a Lyon Bosch + Martic, y la "
            "Fundación Urbanismo Social condujo un proceso participativo de siete meses que "
            "terminó en diciembre de 2018. El plan recupera las quebradas naturales del cerro, "
            "conserva el arbolado existente, crea una franja de amortiguación con zonas de "
            "infiltración y cortafuegos entre las casas y la ladera, y propone un sendero de "
            "6,8 km, miradores, espacios comunitarios y un vivero metropolitano pedido por "
            "los vecinos."
        ),
        results=p(
            "En 2017 se plantaron 465 árboles y se comprometieron otros 1.800 para 2018, y el "
            "Gobierno Regional financia obras de conservación en la primera zona. El plan es "
            "una hoja de ruta a 30 años: la mayor parte del parque está aún por construir."
        ),
        lessons_learned=ul(
            "Un plan maestro creíble y un gran proceso participativo permitieron a una comuna "
            "pequeña atraer financiamiento regional y nacional que no podía reunir sola.",
            "En cerros propensos a incendios, las primeras inversiones deben ser cortafuegos, "
            "accesos y riego, antes que el equipamiento.",
            "Planificar por etapas, con proyectos tempranos y visibles, mantiene a la "
            "comunidad comprometida durante décadas.",
        ),
        transferability=p(
            "Para ciudades con cerros, lomas u otros terrenos sin construir junto a barrios "
            "con pocas áreas verdes. Requiere tenencia segura del suelo, un plan por etapas, "
            "un socio capaz de conducir la participación a gran escala, experiencia en "
            "incendios y erosión, y un acuerdo de mantención con un organismo metropolitano o "
            "nacional de parques."
        ),
        indicators=(
            (
                "Terreno municipal para el parque",
                "hectáreas",
                "Municipalidad de Renca, citada por La Tercera (2018)",
            ),
            (
                "Vecinos que participaron en el proceso del plan maestro",
                "personas",
                "Municipalidad de Renca, sitio Parque Cerros de Renca (2019)",
            ),
            (
                "Árboles plantados en los cerros",
                "árboles",
                "Municipalidad de Renca, citada por La Tercera (2018)",
            ),
        ),
        cost_note="Inversión inicial anunciada junto con el plan maestro",
        funding=(
            "Municipalidad de Renca",
            "Gobierno Regional Metropolitano de Santiago (FNDR), obras de conservación",
        ),
        partner_roles=(
            "Impulsora del parque y administradora del terreno",
            "Proceso participativo",
            "Plan maestro",
        ),
        illustrative_note=(
            "Las cifras son de la Municipalidad, de 2018–2019; la comparación de áreas verdes "
            "por habitante es una cifra aproximada de un estudio universitario citado por la "
            "prensa."
        ),
    ),
    # Medellín --------------------------------------------------------------------------------
    CaseStudyTranslation(
        slug="medellin-green-corridors",
        title="Corredores Verdes de Medellín: enfriar la ciudad con sombra continua",
        summary=(
            "Desde 2016 Medellín sembró vegetación densa a lo largo de 18 vías y 12 quebradas "
            "para crear 30 Corredores Verdes conectados, cuidados por jardineros formados "
            "entre personas de contextos vulnerables. La ciudad informa temperaturas dos a "
            "tres grados más bajas a lo largo de los corredores."
        ),
        tags=("calor urbano", "arbolado urbano", "corredores verdes", "empleos verdes"),
        challenge=p(
            "Cincuenta años de crecimiento acelerado llenaron el valle de Aburrá de concreto "
            "y tráfico. Medellín, la ciudad de la eterna primavera, desarrolló una fuerte isla "
            "de calor urbana y mala calidad del aire en sus vías más transitadas, donde la "
            "gente camina, pedalea y espera el bus con poca sombra."
        ),
        objectives=ul(
            "Reducir el calor y la contaminación del aire en las vías y quebradas más usadas.",
            "Conectar parques, cerros y quebradas en una red para las personas y la fauna.",
            "Crear empleo para personas de contextos vulnerables.",
        ),
        solution=p(
            "Entre 2016 y 2019 las secretarías de Medio Ambiente y de Infraestructura Física "
            "crearon 30 <b>Corredores Verdes</b>: 18 a lo largo de vías y 12 a lo largo de "
            "quebradas, en unas 65 hectáreas. Zonas verdes, separadores y orillas se "
            "sembraron en capas que imitan un bosque (árboles, palmas, arbustos y coberturas, "
            "en su mayoría especies nativas y tropicales), y los edificios públicos recibieron "
            "techos y muros verdes. El Jardín Botánico Joaquín Antonio Uribe formó a "
            "personas de contextos vulnerables como jardineros y técnicos de siembra, que "
            "plantan y mantienen los corredores."
        ),
        results=p(
            "C40 informa unos 8.800 árboles y palmas sembrados, y Ashden informa temperaturas "
            "dos a tres grados más bajas en algunos tramos; una fuente indica que la "
            "temperatura media del aire en los corredores pasó de 31,6 °C en 2016 a 27,1 °C "
            "en 2019. El programa ganó en 2019 un premio Ashden de enfriamiento con la "
            "naturaleza y fue una de las soluciones Cities100 de C40."
        ),
        lessons_learned=ul(
            "Importa más la continuidad que el tamaño: la sombra a lo largo de todo un "
            "recorrido cambia la forma de moverse; los árboles dispersos no.",
            "Incluir desde el inicio empleos de mantenimiento mantuvo vivas las plantas y "
            "generó apoyo local.",
            "Mida la temperatura con un método constante antes y después, y publíquelo, para "
            "que los resultados puedan verificarse.",
        ),
        transferability=p(
            "Para ciudades cálidas con zonas verdes viales anchas, separadores u orillas de "
            "quebradas. Requiere viveros con especies adecuadas, personal y presupuesto de "
            "mantenimiento, acuerdo entre las dependencias dueñas de vías y quebradas, y un "
            "monitoreo de temperatura instalado antes de sembrar."
        ),
        indicators=(
            ("Corredores verdes creados", "corredores", "Alcaldía de Medellín, vía Ashden (2019)"),
            ("Árboles y palmas sembrados en los corredores", "árboles", "C40 Cities100 (2019)"),
            (
                "Temperatura media del aire en los corredores",
                "°C",
                "Ashden, perfil de Urban Think Tank Next en el Fair Cooling Fund",
            ),
        ),
        cost_note="Costo del programa de tres años, 2016–2019, según C40",
        funding=("Alcaldía de Medellín",),
        partner_roles=(
            "Responsable del programa",
            "Formación de jardineros",
            "Agencia de cooperación internacional",
        ),
        illustrative_note=(
            "Los resultados de temperatura son mediciones de la ciudad y sus socios; las "
            "fuentes difieren en el número de árboles (8.300 a 8.800) y no hemos encontrado un "
            "método publicado detrás de las cifras de temperatura."
        ),
    ),
    # Bogotá ----------------------------------------------------------------------------------
    CaseStudyTranslation(
        slug="bogota-ciclovia",
        title="La Ciclovía de Bogotá: abrir las calles a la gente cada domingo",
        summary=(
            "Desde 1974 Bogotá cierra al tráfico más de 120 km de vías principales cada "
            "domingo y festivo por la mañana, para caminar, pedalear, patinar y hacer "
            "ejercicio. Participan hasta cerca de 1,5 millones de personas cada semana, y "
            "ciudades de todo el mundo han copiado la idea."
        ),
        tags=("calles abiertas", "ciclovía", "movilidad activa", "salud pública"),
        challenge=p(
            "Las vías principales de Bogotá están hechas para carros y buses, y pocos "
            "residentes tienen parques o lugares seguros para hacer ejercicio cerca de casa, "
            "sobre todo en el sur más pobre. La inactividad física y la falta de espacio "
            "público afectan la salud y la vida social en toda la ciudad."
        ),
        objectives=ul(
            "Dar a residentes de todos los estratos un espacio gratuito y seguro para la "
            "recreación y el ejercicio.",
            "Cuestionar la idea de que las vías principales existen solo para el tráfico "
            "motorizado.",
            "Promover la bicicleta como una forma normal de moverse por la ciudad.",
        ),
        solution=p(
            "La primera Ciclovía se realizó el 15 de diciembre de 1974, impulsada por "
            "ciudadanos entre los que estaba el arquitecto Jaime Ortiz Mariño. Hoy la organiza "
            "el Instituto Distrital de Recreación y Deporte (IDRD): cada domingo y festivo de "
            "7:00 a 14:00 una red de vías principales se cierra al tráfico motorizado, con "
            "guardianes, mecánicos, primeros auxilios y clases gratuitas de aeróbicos en "
            "plazas (la <i>Recreovía</i>). La policía de tránsito maneja los cruces; vendedores "
            "y talleres de bicicletas acompañan el recorrido."
        ),
        results=p(
            "El recorrido supera hoy los 120 km, y las estimaciones de participantes "
            "semanales van de uno a dos millones, cerca de una quinta parte de la población. "
            "Un análisis económico publicado en 2012 en el <i>Journal of Urban Health</i> "
            "sobre cuatro programas de ciclovía estimó que los beneficios en salud de la de "
            "Bogotá superan varias veces sus costos. Un proyecto de ley de 2006 para prohibir "
            "la Ciclovía fue derrotado tras la protesta ciudadana. Ciudades de las Américas y "
            "de otros continentes la han copiado."
        ),
        lessons_learned=ul(
            "La regularidad es el diseño: cada domingo, el mismo horario y las mismas vías, "
            "para que se vuelva un hábito y no un evento.",
            "Los guardianes y el manejo del tráfico son el principal costo de operación y lo "
            "que la hace segura.",
            "Genera apoyo para la bicicleta cotidiana, pero por sí sola no hace seguras las "
            "calles entre semana.",
        ),
        transferability=p(
            "Es una de las prácticas urbanas más copiadas. Una ciudad necesita un conjunto "
            "conectado de vías que puedan cerrarse unas horas con desvíos para los buses, una "
            "entidad que la opere, guardianes o voluntarios capacitados y un acuerdo con la "
            "policía y los operadores de transporte. Muchas ciudades empiezan con pocos "
            "kilómetros una vez al mes."
        ),
        indicators=(
            (
                "Vías abiertas a la gente cada domingo y festivo",
                "km",
                "IDRD, cifras del 40.º aniversario",
            ),
            (
                "Participantes por domingo (estimación)",
                "personas",
                "Estimaciones del IDRD citadas por la prensa; varían mucho",
            ),
        ),
        funding=("Distrito de Bogotá, a través del presupuesto del IDRD",),
        partner_roles=("Operador", "Manejo del tránsito"),
        illustrative_note=(
            "La longitud del recorrido y el número de participantes varían según la fuente y "
            "el año (de 120 a más de 127 km; de uno a dos millones de personas); las cifras "
            "están redondeadas. El hallazgo de costo-beneficio se resume sin sus cifras; "
            "consulte el artículo (Montes y otros, 2012) antes de citar relaciones."
        ),
    ),
]

BEST_PRACTICES = [
    # Calles abiertas -------------------------------------------------------------------------
    BestPracticeTranslation(
        slug="open-streets-ciclovia",
        title="Calles abiertas: cerrar vías principales a los carros los domingos por la mañana",
        summary=(
            "Cada domingo, en el mismo horario, una red conectada de vías principales se "
            "cierra al tráfico motorizado para caminar, pedalear y jugar: barata, popular y "
            "una puerta de entrada a la bicicleta cotidiana."
        ),
        tags=("calles abiertas", "ciclovía", "movilidad activa", "salud pública"),
        what=p(
            "Un programa periódico, a menudo llamado <i>ciclovía</i> o <i>vía recreativa</i>, "
            "que convierte temporalmente una red de vías principales en un parque lineal, con "
            "guardianes y actividades como clases de ejercicio a lo largo del recorrido."
        ),
        why=p(
            "Da a residentes de todos los barrios un espacio gratuito para el ejercicio y la "
            "vida social, a un costo muy inferior al de construir parques. Los estudios "
            "económicos encuentran beneficios en salud muy superiores a los costos, y la "
            "experiencia semanal genera apoyo para calles más seguras."
        ),
        steps=(
            Step(
                "Elegir un recorrido conectado",
                p(
                    "Vías principales que unan barrios, incluidos los más pobres, con desvíos "
                    "para buses y acceso de emergencia."
                ),
            ),
            Step(
                "Acordar con la policía y el transporte público",
                p("Horarios de cierre, cruces y desvíos de buses; publicarlos."),
            ),
            Step(
                "Dotarla de personal",
                p(
                    "Guardianes o voluntarios capacitados, primeros auxilios y mecánicos de "
                    "bicicletas."
                ),
            ),
            Step(
                "Sumar actividades",
                p(
                    "Clases de ejercicio, escuelas de bicicleta para niños y espacio para "
                    "vendedores."
                ),
            ),
            Step(
                "Hacerla cada semana",
                p(
                    "La regularidad la convierte en hábito; empiece pequeño si hace falta, pero "
                    "mantenga el ritmo."
                ),
            ),
            Step(
                "Contar participantes y costos",
                p("Conteos y encuestas respaldan la decisión de ampliarla."),
            ),
        ),
        enabling_conditions=ul(
            "Una entidad responsable (deporte, recreación o movilidad) con una partida "
            "presupuestal.",
            "Cooperación de la policía de tránsito y de los operadores de buses.",
            "Respaldo político para resistir las quejas de los primeros meses.",
        ),
        pitfalls=ul(
            "Recorridos solo en barrios acomodados.",
            "Eventos irregulares que nunca se vuelven hábito.",
            "Tratarla como sustituto de una infraestructura ciclista segura entre semana.",
        ),
        cost_basis="costo de operación por participante habitual al año",
        case_study_notes=("La original: más de 120 km cada domingo y festivo desde 1974.",),
        adoption_notes=(
            "Primera Ciclovía el 15 de diciembre de 1974.",
            "Vía RecreActiva los domingos.",
            "Ciclopaseo los domingos; año de inicio no confirmado aquí.",
        ),
        illustrative_note=NOTA_COSTOS,
    ),
    # Agricultura urbana ----------------------------------------------------------------------
    BestPracticeTranslation(
        slug="urban-agriculture-on-vacant-land",
        title="Agricultura urbana en terrenos públicos y baldíos",
        summary=(
            "Ceder terrenos baldíos, inundables y públicos a grupos organizados de huerteros, "
            "con capacitación, insumos y mercados, para que produzcan alimentos e ingresos y "
            "absorban la lluvia."
        ),
        tags=("agricultura urbana", "seguridad alimentaria", "terrenos baldíos", "agroecología"),
        what=p(
            "Un programa municipal que pone tierra a disposición de grupos de vecinos para "
            "cultivar alimentos en condiciones seguras y plurianuales, los apoya con semillas, "
            "herramientas, capacitación y agua, y les ayuda a vender en ferias locales o a "
            "compras públicas."
        ),
        why=p(
            "Convierte tierra sin uso en alimentos, ingresos y espacio verde a bajo costo, "
            "acorta las cadenas de suministro y hace que los terrenos inundables y calurosos "
            "absorban más agua y sean más frescos. También mantiene en uso público tierra que "
            "de otro modo podría ocuparse."
        ),
        steps=(
            Step(
                "Inventariar la tierra",
                p(
                    "Lotes públicos y privados desocupados, franjas inundables y derechos de "
                    "vía, con análisis de suelo y agua."
                ),
            ),
            Step(
                "Ofrecer condiciones seguras",
                p(
                    "Convenios de uso por varios años o zonificación, para que los huerteros "
                    "puedan invertir."
                ),
            ),
            Step(
                "Apoyar la producción",
                p("Semillas, herramientas, capacitación en agroecología y acceso al agua."),
            ),
            Step(
                "Abrir canales de venta",
                p("Ferias semanales, puestos y compras públicas para escuelas y comedores."),
            ),
            Step(
                "Diseñar parques huerta",
                p("Sitios permanentes que también son parques públicos, con senderos y bancos."),
            ),
            Step(
                "Proteger las tierras agrícolas periurbanas",
                p(
                    "Una zonificación de cinturón verde mantiene cerca el abastecimiento de "
                    "alimentos de la ciudad."
                ),
            ),
        ),
        enabling_conditions=ul(
            "Tierra que la ciudad pueda ceder por años.",
            "Técnicos de extensión o un socio con experiencia en agroecología.",
            "Agua para riego.",
            "Continuidad entre gestiones.",
        ),
        pitfalls=ul(
            "Cesiones cortas que terminan justo cuando las huertas empiezan a producir.",
            "Suelos contaminados en antiguos terrenos industriales; analícelos primero.",
            "Producción sin mercado, que desanima a los huerteros.",
        ),
        cost_basis="por hectárea para instalar una huerta (suelo, agua, cercos, herramientas)",
        case_study_notes=(
            "Parques huerta, ferias y un cinturón verde; Premio WRI para Ciudades 2021.",
            "Agricultura urbana dentro de una política alimentaria de toda la ciudad.",
        ),
        adoption_notes=(
            "Programa de Agricultura Urbana tras la crisis de 2001.",
            "Política de seguridad alimentaria; huertas comunitarias y escolares entre sus "
            "programas.",
        ),
        illustrative_note=NOTA_COSTOS,
    ),
]
