## La cuadrícula de planificación (la cuadrícula del Calendario): su barra de herramientas, sus filas y celdas, y el cuadro «Mover a…».

## La barra de herramientas sobre la cuadrícula.

# El grupo de botones que desplaza el periodo mostrado (anterior, hoy, siguiente).
grid-toolbar-window = Periodo
grid-toolbar-previous = ‹ Anterior
grid-toolbar-today = Hoy
grid-toolbar-next = Siguiente ›
# El grupo de botones que elige cuántos días muestra la cuadrícula.
grid-toolbar-days-shown = Días mostrados
grid-span-week = Semana
grid-span-fortnight = Dos semanas
grid-span-month = Mes
# La elección de qué son las filas de la cuadrícula.
grid-toolbar-rows = Filas
grid-rows-channel = Canales
grid-rows-campaign = Campañas
grid-rows-owner = Responsables
# El título de una o dos semanas. $from: el primer día («3 may»); $to: el último, con el año («9 may 2027»).
grid-window-range = { $from } – { $to }

## La cuadrícula.

# La fila de los contenidos sin campaña (filas por campaña).
grid-no-campaign = Sin campaña
# La fila de los contenidos sin responsable (filas por responsable).
grid-unassigned = Sin asignar
# Oculta un mensaje de error mostrado sobre la cuadrícula.
grid-dismiss = Cerrar
# El nombre accesible de la cuadrícula. $rows: qué son las filas (channel, campaign u owner); $period: el título de la barra de herramientas.
grid-label = Cuadrícula de planificación: { $rows ->
        [campaign] campañas
        [owner] responsables
       *[channel] canales
    } por día, { $period }
# Junto al nombre de una marca en su fila de grupo: cuántos canales tiene.
grid-group-channels = { $count ->
        [one] { $count } canal
       *[other] { $count } canales
    }
# Una celda tal como la lee un lector de pantalla. $day: el día; $row: el canal, la campaña o la persona de la fila;
# $count: los contenidos de la celda; $limit: los contenidos que el canal admite al día;
# $use: «within» u «over» (dentro o por encima del límite), o «none» si la fila no tiene límite; $blackout: «yes» en un periodo de silencio, si no «no».
grid-cell-label = { $day }, { $row }: { $count ->
        [one] { $count } contenido
       *[other] { $count } contenidos
    }{ $use ->
        [over] { " " }de un máximo de { $limit }, por encima del límite diario
        [within] { " " }de un máximo de { $limit }
       *[none] { "" }
    }{ $blackout ->
        [yes] , en un periodo de silencio
       *[no] { "" }
    }
# La información sobre herramientas del uso del límite diario de un canal («2/3»). $used: contenidos que ocupan un hueco; $limit: contenidos admitidos al día.
grid-cell-use = { $used } de { $limit } al día
# El nombre accesible de un contenido en una celda. $line: lo que muestra la línea, que debe ir primero; $description: la descripción completa.
grid-line-description = : { $description }
grid-hint = Las flechas permiten pasar de una celda a otra; Intro entra en los contenidos de una celda (o añade uno a una celda vacía); M mueve el contenido seleccionado y R lo envía a revisión; Esc vuelve a la celda.

## El cuadro «Mover a…»: lo que hace arrastrar un contenido, con el teclado.

# El título del cuadro mientras no hay ningún contenido elegido.
grid-move-dialog = Mover
# El título del cuadro. $title: el título del contenido.
grid-move-title = Mover «{ $title }»
grid-move-to = Mover a
grid-move-kind-day = Un día (todo el día)
grid-move-kind-time = Una hora concreta de un día
grid-move-kind-backlog = La lista de ideas
grid-move-date = Fecha
# $zone: la zona horaria del plan («Europe/Madrid»).
grid-move-time = Hora ({ $zone })
grid-move-channel = Canal
# Sobre la lista de los hallazgos que crearía el movimiento. $count: cuántos.
grid-move-preview = Este movimiento crearía { $count ->
        [one] { $count } hallazgo
       *[other] { $count } hallazgos
    }:
# La gravedad de un hallazgo en esa lista. $severity: error, warning o info.
grid-move-severity = { $severity ->
        [error] error
        [info] información
       *[warning] advertencia
    }
grid-move-cancel = Cancelar
grid-move-submit = Mover
